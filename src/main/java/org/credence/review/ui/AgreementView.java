package org.credence.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.base.ui.MainLayout;
import org.credence.review.AgreementReport;
import org.credence.review.AgreementService;
import org.credence.security.Role;

/**
 * How far reviewers agree: Krippendorff's α and Fleiss' κ corpus-wide, α per label, Cohen's κ per
 * pair and α per document; choosing a document narrows the list of disagreeing spans to it, and
 * choosing a span opens it in the Reader.
 */
@Route(value = "agreement", layout = MainLayout.class)
@PageTitle("Agreement · Credence")
@Menu(title = "Agreement", order = 30, icon = "vaadin:chart")
@RolesAllowed({Role.EDITOR_ROLE, Role.RESEARCHER_ROLE, Role.ADMIN_ROLE})
public class AgreementView extends VerticalLayout {

    final Span overall = new Span();
    final Grid<Map.Entry<String, Double>> perLabel = new Grid<>();
    final Grid<AgreementReport.PairAgreement> pairs = new Grid<>();
    final Grid<AgreementReport.DocumentAgreement> documents = new Grid<>();
    final Grid<AgreementReport.Unit> disagreements = new Grid<>();
    final Span disagreementsShown = new Span();
    private final AgreementReport report;
    private final AgreementService agreement;

    /** "1 span", "2 spans", "12,000 spans". */
    static String spans(long count) {
        return String.format(Locale.ENGLISH, "%,d %s", count, count == 1 ? "span" : "spans");
    }

    public AgreementView(AgreementService agreement) {
        this.agreement = agreement;
        report = agreement.corpus();
        overall.setId("agreement-overall");
        overall.setText(spans(report.units()) + " labelled by two or more of "
                + report.reviewers().size()
                + " reviewers · Krippendorff's α " + figure(report.krippendorffAlpha()) + " · Fleiss' κ "
                + figure(report.fleissKappa()));

        perLabel.setId("agreement-per-label");
        perLabel.addColumn(Map.Entry::getKey).setHeader("Label");
        perLabel.addColumn(e -> figure(e.getValue())).setHeader("Krippendorff's α (this label vs the rest)");
        perLabel.setItems(List.copyOf(report.alphaPerLabel().entrySet()));

        pairs.setId("agreement-pairs");
        pairs.addColumn(p -> p.reviewerA() + " × " + p.reviewerB()).setHeader("Reviewers");
        pairs.addColumn(AgreementReport.PairAgreement::sharedUnits).setHeader("Shared spans");
        pairs.addColumn(p -> figure(p.cohenKappa())).setHeader("Cohen's κ");
        pairs.setItems(report.pairs());

        documents.setId("agreement-documents");
        documents
                .addColumn(AgreementReport.DocumentAgreement::title)
                .setHeader("Document")
                .setFlexGrow(3);
        documents.addColumn(AgreementReport.DocumentAgreement::units).setHeader("Spans");
        documents.addColumn(AgreementReport.DocumentAgreement::disagreements).setHeader("Disagreements");
        documents.addColumn(d -> figure(d.krippendorffAlpha())).setHeader("α");
        documents.setItems(report.documents());
        documents.asSingleSelect().addValueChangeListener(e -> showDisagreements(e.getValue()));

        disagreementsShown.setId("agreement-disagreements-shown");
        disagreements.setId("agreement-disagreements");
        disagreements.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        disagreements
                .addColumn(AgreementReport.Unit::documentTitle)
                .setHeader("Document")
                .setFlexGrow(1);
        disagreements
                .addColumn(AgreementReport.Unit::quote)
                .setHeader("Statement")
                .setFlexGrow(2);
        disagreements
                .addColumn(AgreementReport.Unit::labelsSideBySide)
                .setHeader("Labels")
                .setFlexGrow(2);
        disagreements.setEmptyStateText("No disagreements.");
        disagreements.addItemClickListener(
                e -> UI.getCurrent().navigate("documents/" + e.getItem().documentId()));
        perLabel.setAllRowsVisible(true);
        fitOrScroll(pairs, report.pairs().size());
        fitOrScroll(documents, report.documents().size());
        showDisagreements(null);

        add(
                new H2("Agreement"),
                overall,
                new Paragraph("Units are spans labelled by two or more reviewers. α and κ are 1 for perfect agreement,"
                        + " 0 for chance; “—” where there is too little data."),
                new H3("Per label"),
                perLabel,
                new H3("Per reviewer pair"),
                pairs,
                new H3("Per document"),
                documents,
                new H3("Disagreements"),
                disagreementsShown,
                disagreements);
    }

    /** The corpus's first disagreements, or all of one document's (read when it is chosen). */
    void showDisagreements(AgreementReport.DocumentAgreement document) {
        if (document == null) {
            disagreements.setItems(report.disagreements());
            disagreementsShown.setText(shownOf(report.disagreements().size(), report.disagreementCount()));
        } else {
            List<AgreementReport.Unit> own = agreement.disagreements(document.documentId());
            disagreements.setItems(own);
            disagreementsShown.setText(String.format(
                    Locale.ROOT,
                    "%,d %s in “%s”.",
                    own.size(),
                    own.size() == 1 ? "disagreement" : "disagreements",
                    document.title()));
        }
    }

    /** Says when the corpus list is cut short, and how to see the rest; nothing when it is complete. */
    static String shownOf(int shown, int total) {
        return total > shown
                ? String.format(
                        Locale.ROOT,
                        "The first %,d of %,d disagreements, in text order; choose a"
                                + " document above to see all of its own.",
                        shown,
                        total)
                : "";
    }

    /** Rows a grid shows in full before it scrolls instead: a thousand documents must not become a thousand DOM rows. */
    static final int ALL_ROWS_UP_TO = 15;

    private static void fitOrScroll(Grid<?> grid, int rows) {
        grid.setAllRowsVisible(rows <= ALL_ROWS_UP_TO);
        if (rows > ALL_ROWS_UP_TO) {
            grid.setHeight("28em");
        }
    }

    static String figure(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }
}
