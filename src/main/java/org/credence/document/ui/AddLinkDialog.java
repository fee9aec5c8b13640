package org.credence.document.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.credence.document.ImportOutcome;
import org.credence.document.UrlImportService;

/**
 * "Add from a link": one web page or PDF by URL. The fetch takes a second or two and at most the
 * configured limit, so it runs in the request; the outcome stays in the dialog (an error never
 * disappears before it is read), and a new document opens from there.
 */
public class AddLinkDialog extends Dialog {

    final TextField url = new TextField("Link");
    final Checkbox mainContentOnly = new Checkbox("Keep only the page's main content (drop menus and footers)");
    final Button add = new Button("Import");
    final Paragraph result = new Paragraph();

    public AddLinkDialog(UrlImportService urls, String importedBy, Runnable onImported) {
        setHeaderTitle("Add from a link");
        setId("add-link-dialog");
        url.setId("add-link-url");
        url.setPlaceholder("https://www.example.com/news/article");
        url.setWidthFull();
        url.setClearButtonVisible(true);
        url.setAutofocus(true);
        mainContentOnly.setId("add-link-main-content");
        result.setId("add-link-result");
        result.addClassName("cr-meta");
        add.setId("add-link-import");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> {
            if (url.getValue().isBlank()) {
                result.setText("Paste the link of a web page or a PDF.");
                return;
            }
            ImportOutcome outcome = urls.importUrl(url.getValue(), mainContentOnly.getValue(), importedBy);
            show(outcome);
            if (outcome.documentId() != null) {
                onImported.run();
            }
        });
        Button close = new Button("Close", e -> close());
        close.setId("add-link-close");
        add(
                new Paragraph("Credence fetches the page, keeps its bytes as the original and records where and when"
                        + " it was found."),
                url,
                mainContentOnly,
                result);
        getFooter().add(close, add);
        setWidth("min(40rem, 95vw)");
    }

    private void show(ImportOutcome outcome) {
        result.removeAll();
        result.getStyle().remove("color");
        switch (outcome.status()) {
            case CREATED -> {
                result.setText(outcome.message() + " ");
                result.add(openButton(outcome.documentId()));
                url.clear();
            }
            case DUPLICATE -> {
                result.setText("This page, byte for byte, is already document " + outcome.documentId() + ". ");
                result.add(openButton(outcome.documentId()));
            }
            default -> {
                // An error stays and stands out; the link stays in the field to be corrected.
                result.setText("Not imported: " + outcome.message());
                result.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        }
    }

    private Button openButton(long documentId) {
        Button open = new Button("Open it in the Reader", e -> {
            close();
            UI.getCurrent().navigate("documents/" + documentId);
        });
        open.setId("add-link-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return open;
    }
}
