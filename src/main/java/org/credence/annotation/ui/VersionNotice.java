package org.credence.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.LongConsumer;
import org.credence.annotation.CarriedStatement;
import org.credence.annotation.CarriedStatements;
import org.credence.annotation.CarryOutcome;
import org.credence.document.ArticleVersion;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;

/**
 * Above a document that is one of several versions of an article (the same link imported again with
 * other text): which version it is, links to its neighbours, "See changes" against the previous one, and
 * what became of the previous version's statements, so none is lost without anyone noticing.
 */
class VersionNotice extends Div {

    private final DocumentService documents;
    private final CarriedStatements carried;
    private final LongConsumer showStatement;

    VersionNotice(DocumentService documents, CarriedStatements carried, LongConsumer showStatement) {
        this.documents = documents;
        this.carried = carried;
        this.showStatement = showStatement;
        setId("version-notice");
        addClassName("cr-notice");
        getElement().setAttribute("role", "note");
        setVisible(false);
    }

    void show(DocumentDetails details) {
        removeAll();
        ArticleVersion version = details.articleVersion();
        setVisible(version.hasOthers());
        if (!version.hasOthers()) {
            return;
        }
        Span where = new Span("Version " + version.number() + " of " + version.count() + " of this article");
        where.setId("version-where");
        add(where);
        if (version.previousId() != null) {
            add(separator(), link("version-previous", version.previousId(), "← Version " + (version.number() - 1)));
            List<CarriedStatement> outcomes = carried.carriedTo(details.id());
            Button changes = new Button(
                    "See changes",
                    e -> new VersionChangesDialog(documents.changes(details.id()), outcomes, showStatement).open());
            changes.setId("version-changes");
            changes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            add(separator(), changes);
            if (!outcomes.isEmpty()) {
                add(separator());
                Span summary = new Span(summary(outcomes, version.number() - 1));
                summary.setId("version-carried");
                add(summary);
            }
        }
        if (version.nextId() != null) {
            add(
                    new Span(version.previousId() != null ? " · " : ". A later version exists: "),
                    link(
                            "version-next",
                            version.nextId(),
                            "Version " + (version.number() + 1)
                                    + (version.number() + 1 == version.count() ? " (latest)" : "") + " →"));
        }
    }

    /** "Statements of version 1: 5 carried over; 1 with changed text and 1 vanished: see changes." */
    static String summary(List<CarriedStatement> outcomes, int previousNumber) {
        long kept = count(outcomes, CarryOutcome.KEPT);
        long changed = count(outcomes, CarryOutcome.CHANGED);
        long vanished = count(outcomes, CarryOutcome.VANISHED);
        String text = "Statements of version " + previousNumber + ": " + (kept + changed) + " carried over";
        if (changed + vanished == 0) {
            return text + ".";
        }
        return text + "; " + changed + " with changed text and " + vanished + " vanished: see changes to review them.";
    }

    private static long count(List<CarriedStatement> outcomes, CarryOutcome outcome) {
        return outcomes.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static Span separator() {
        return new Span(" · ");
    }

    private static Anchor link(String id, long documentId, String text) {
        Anchor anchor = new Anchor("documents/" + documentId, text);
        anchor.setId(id);
        return anchor;
    }
}
