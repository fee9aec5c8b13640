package org.credence.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.credence.base.ui.Notifications;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.document.ProvenanceCorrection;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A document's provenance in full — where it came from, who imported it, the checksums of its file
 * and text, the original file to download — and, for people who may, the fields they can correct.
 * The text itself is never editable.
 */
public class DocumentDetailsDialog extends Dialog {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final DocumentService documents;
    private final Consumer<DocumentDetails> onCorrected;
    final TextField title = new TextField("Title");
    final TextField author = new TextField("Author");
    final TextField publisher = new TextField("Publisher");
    final TextField url = new TextField("URL");
    final DatePicker published = new DatePicker("Published");
    final TextField language = new TextField("Language");
    final Button save = new Button("Save");
    private final String editor;
    private DocumentDetails document;

    /**
     * @param editor who corrects, or null when the person may only read (researchers)
     * @param onCorrected told the corrected details after a save
     */
    public DocumentDetailsDialog(
            DocumentService documents, long documentId, String editor, Consumer<DocumentDetails> onCorrected) {
        this.documents = documents;
        this.editor = editor;
        boolean editable = editor != null;
        this.onCorrected = onCorrected;
        setId("document-details");
        setHeaderTitle("Document details");
        setWidth("48rem");
        title.setId("details-title");
        url.setId("details-url");
        publisher.setId("details-publisher");
        language.setHelperText("A code such as en, fr or pt-BR; detected at import");
        publisher.setHelperText("The source follows the publisher, or the URL's domain");
        for (var field :
                new com.vaadin.flow.component.HasValue<?, ?>[] {title, author, publisher, url, published, language}) {
            field.setReadOnly(!editable);
        }
        save.setId("details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(editable);
        Button close = new Button("Close", e -> close());
        close.setId("details-close");
        getFooter().add(close, save);
        show(documents.get(documentId));
    }

    private void show(DocumentDetails details) {
        this.document = details;
        removeAll();
        title.setValue(details.title());
        author.setValue(orEmpty(details.author()));
        publisher.setValue(orEmpty(details.publisher()));
        url.setValue(orEmpty(details.url()));
        published.setValue(details.publishedDate());
        language.setValue(orEmpty(details.language()));

        FormLayout form = new FormLayout(title, author, publisher, url, published, language);
        form.setColspan(title, 2);
        form.setColspan(url, 2);
        FormLayout facts = new FormLayout();
        facts.addFormItem(
                fact(
                        "details-source",
                        details.source() == null
                                ? "None yet — set a publisher or URL"
                                : details.source().name()
                                        + (details.source().domain() == null
                                                ? ""
                                                : " (" + details.source().domain() + ")")),
                "Source");
        facts.addFormItem(fact("details-type", orEmpty(details.contentType())), "Format");
        facts.addFormItem(originalLink(details), "Original file");
        if (details.fetchedFrom() != null) {
            facts.addFormItem(
                    fact(
                            "details-fetched",
                            details.fetchedFrom() + ", " + TIME.format(details.fetchedAt())
                                    + (details.servedAt() == null
                                            ? ""
                                            : " (server's date " + TIME.format(details.servedAt()) + ")")),
                    "Fetched from");
        }
        facts.addFormItem(
                fact(
                        "details-extraction",
                        details.ocr() == null
                                ? "The file's own text"
                                : OcrNotice.describe(details.ocr()).replace("This text was read by OCR", "OCR")),
                "Text from");
        facts.addFormItem(
                fact(
                        "details-imported",
                        details.importedBy() + ", " + TIME.format(details.importedAt())
                                + (details.mainContentOnly() ? " — main content only" : "")),
                "Imported");
        if (details.modifiedBy() != null) {
            facts.addFormItem(
                    fact("details-modified", details.modifiedBy() + ", " + TIME.format(details.modifiedAt())),
                    "Corrected");
        }
        facts.addFormItem(fact("details-sha256", details.sha256()), "SHA-256 of the file");
        facts.addFormItem(fact("details-text-sha256", details.textSha256()), "SHA-256 of the text");
        facts.addFormItem(fact("details-length", details.charCount() + " characters (code points)"), "Text");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, facts);
    }

    private Anchor originalLink(DocumentDetails details) {
        Anchor link = OriginalFileLink.to(documents, details, orEmpty(details.originalFileName()));
        link.setId("details-original");
        return link;
    }

    void save() {
        try {
            DocumentDetails corrected = documents.correctProvenance(
                    document.id(),
                    new ProvenanceCorrection(
                            title.getValue(),
                            author.getValue(),
                            publisher.getValue(),
                            url.getValue(),
                            published.getValue(),
                            language.getValue(),
                            document.version()),
                    editor);
            Notifications.success("Details saved.");
            onCorrected.accept(corrected);
            close();
        } catch (OptimisticLockingFailureException | IllegalArgumentException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private static Span fact(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
