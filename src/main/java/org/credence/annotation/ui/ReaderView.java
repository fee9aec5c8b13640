package org.credence.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.InvalidSpanException;
import org.credence.annotation.Label;
import org.credence.annotation.StatementNotFoundException;
import org.credence.annotation.StatementView;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentService;

/** Reads one document and labels its statements. */
@Route(value = "documents/:documentId", layout = MainLayout.class)
public class ReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final AnnotationService annotations;
    private final H2 title = new H2();
    private final Paragraph provenance = new Paragraph();
    private final HighlightedText text = new HighlightedText();
    private final StatementList statementList;
    private final HorizontalLayout workspace;
    private final Div notFound = new Div();
    private DocumentDetails document;

    public ReaderView(DocumentService documents, AnnotationService annotations) {
        this.documents = documents;
        this.annotations = annotations;
        setSizeFull();
        addClassName("cr-reader");

        provenance.setId("document-provenance");
        provenance.addClassName("cr-provenance");
        statementList = new StatementList(s -> text.reveal(s.id()), this::delete);
        text.addSpanLabelledListener(e -> add(e.getStart(), e.getEnd(), e.getLabel()));

        Div textPane = new Div(text);
        textPane.addClassName("cr-text-pane");
        textPane.setId("document-text-pane");
        VerticalLayout sidePanel = new VerticalLayout(statementList);
        sidePanel.addClassName("cr-side-panel");
        sidePanel.setPadding(false);
        workspace = new HorizontalLayout(textPane, sidePanel);
        workspace.setSizeFull();
        workspace.setFlexGrow(1, textPane);
        sidePanel.setWidth("28rem");
        workspace.setFlexShrink(0, sidePanel);

        notFound.setId("document-not-found");
        notFound.add(new Paragraph("This document does not exist. It may have been removed."),
                new Button("Back to the Library", e -> getUI().ifPresent(ui -> ui.navigate(""))));
        notFound.setVisible(false);

        add(title, provenance, labelToolbar(), workspace, notFound);
        // The text pane scrolls, not the page: the toolbar and the side list stay in reach.
        setFlexGrow(1, workspace);
        workspace.setMinHeight("0");
    }

    private HorizontalLayout labelToolbar() {
        List<Button> buttons = new ArrayList<>();
        for (Label label : Label.values()) {
            Button button = new Button(label.title() + " (" + label.shortcut() + ")", e -> text.labelSelection(label));
            button.setId("label-" + label.code());
            button.addClassNames("cr-label-button", "cr-" + label.code());
            button.setTooltipText("Label the selected text " + label.title().toLowerCase() + " — key " + label.shortcut());
            buttons.add(button);
        }
        HorizontalLayout toolbar = new HorizontalLayout(buttons.toArray(Button[]::new));
        toolbar.add(new Span("Select text, then press 1, 2 or 3."));
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = event.getRouteParameters().getLong("documentId").map(this::find).orElse(null);
        boolean found = document != null;
        title.setVisible(found);
        provenance.setVisible(found);
        workspace.setVisible(found);
        notFound.setVisible(!found);
        if (found) {
            title.setText(document.title());
            provenance.setText(describe(document));
            text.setText(document.text());
            refreshStatements();
        }
    }

    private DocumentDetails find(long id) {
        try {
            return documents.get(id);
        } catch (DocumentNotFoundException e) {
            return null;
        }
    }

    void add(int start, int end, Label label) {
        try {
            StatementView saved = annotations.add(document.id(), start, end, label);
            refreshStatements();
            Notifications.success(label.title() + ": “" + abbreviate(saved.quote()) + "”");
        } catch (InvalidSpanException e) {
            Notifications.error(e.getMessage());
        }
    }

    void delete(StatementView statement) {
        try {
            annotations.delete(statement.id());
        } catch (StatementNotFoundException e) {
            Notifications.info("That statement was already deleted.");
        }
        refreshStatements();
    }

    private void refreshStatements() {
        List<StatementView> statements = annotations.listForDocument(document.id());
        text.setStatements(statements);
        statementList.setStatements(statements);
    }

    private static String describe(DocumentDetails d) {
        StringBuilder line = new StringBuilder();
        if (d.author() != null) {
            line.append(d.author()).append(" · ");
        }
        if (d.publishedDate() != null) {
            line.append(d.publishedDate()).append(" · ");
        }
        line.append(d.originalFileName()).append(" · ").append(d.charCount()).append(" characters · SHA-256 ")
                .append(d.sha256(), 0, 12).append('…');
        return line.toString();
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 79) + "…";
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Document not found" : document.title()) + " · Credence";
    }
}
