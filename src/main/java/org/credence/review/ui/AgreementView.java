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
import org.credence.review.Coefficient;
import org.credence.review.SpanAgreement;
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
    final Paragraph unitsRule = new Paragraph();
    final Grid<FigureRow> figures = new Grid<>();
    final Grid<Map.Entry<String, Double>> perLabel = new Grid<>();
    final Grid<PairRow> pairs = new Grid<>();
    final Grid<AgreementReport.DocumentAgreement> documents = new Grid<>();
    final Grid<AgreementReport.Unit> disagreements = new Grid<>();
    final Span disagreementsShown = new Span();
    private final AgreementReport report;
    private final AgreementService agreement;

    /** "1 unit", "2 units", "12,000 units". */
    static String units(long count) {
        return String.format(Locale.ENGLISH, "%,d %s", count, count == 1 ? "unit" : "units");
    }

    /** One coefficient as the figures table shows it. */
    record FigureRow(
            String what,
            String coefficient,
            String value,
            String interval,
            String units,
            String reviewers,
            boolean tooLittleData) {

        FigureRow(String what, String coefficient, String value, String interval, String units, String reviewers) {
            this(what, coefficient, value, interval, units, reviewers, false);
        }

        static FigureRow of(String what, String coefficient, Coefficient c) {
            return new FigureRow(
                    what,
                    coefficient,
                    figure(c.value()) + (c.tooLittleData() && c.value() != null ? " — too little data" : ""),
                    c.confidenceInterval() == null
                            ? "—"
                            : figure(c.confidenceInterval().low()) + " to "
                                    + figure(c.confidenceInterval().high()),
                    String.format(Locale.ENGLISH, "%,d", c.units()),
                    String.valueOf(c.reviewers()),
                    c.tooLittleData() && c.value() != null);
        }
    }

    /** Two reviewers: label agreement over shared units and span agreement over shared documents. */
    record PairRow(String reviewers, String sharedUnits, String cohenKappa, String overlapF1, String exactF1) {}

    public AgreementView(AgreementService agreement) {
        this.agreement = agreement;
        report = agreement.corpus();
        overall.setId("agreement-overall");
        overall.setText(units(report.units()) + " labelled by two or more of "
                + report.reviewers().size()
                + " reviewers · Krippendorff's α " + figure(report.krippendorffAlpha())
                + interval(report.confidenceInterval()) + " · Fleiss' κ " + figure(report.fleissKappa()));
        unitsRule.setId("agreement-units");
        unitsRule.addClassName("cr-meta");
        unitsRule.setText("Units: " + report.grouping().description() + ". Figures on fewer than "
                + report.grouping().minimumUnits() + " units are marked “too little data”.");

        figures.setId("agreement-figures");
        figures.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        figures.addColumn(FigureRow::what).setHeader("What").setFlexGrow(2);
        figures.addColumn(FigureRow::coefficient).setHeader("Coefficient").setFlexGrow(2);
        figures.addColumn(FigureRow::value).setHeader("Value").setFlexGrow(2);
        figures.addColumn(FigureRow::interval).setHeader("95% interval");
        figures.addColumn(FigureRow::units).setHeader("Units");
        figures.addColumn(FigureRow::reviewers).setHeader("Reviewers");
        figures.setItems(figureRows(report));
        // Figures on too few units are greyed as well as marked, so the eye does not take them for results.
        figures.setPartNameGenerator(row -> row.tooLittleData() ? "cr-too-little" : null);
        figures.setAllRowsVisible(true);

        perLabel.setId("agreement-per-label");
        perLabel.addColumn(Map.Entry::getKey).setHeader("Label");
        perLabel.addColumn(e -> figure(e.getValue())).setHeader("Krippendorff's α (this label vs the rest)");
        perLabel.setItems(List.copyOf(report.alphaPerLabel().entrySet()));

        pairs.setId("agreement-pairs");
        pairs.addColumn(PairRow::reviewers).setHeader("Reviewers").setFlexGrow(2);
        pairs.addColumn(PairRow::sharedUnits).setHeader("Shared units");
        pairs.addColumn(PairRow::cohenKappa).setHeader("Cohen's κ (labels)");
        pairs.addColumn(PairRow::overlapF1).setHeader("Span F1, overlapping");
        pairs.addColumn(PairRow::exactF1).setHeader("Span F1, exact");
        List<PairRow> pairRows = pairRows(report);
        pairs.setItems(pairRows);

        documents.setId("agreement-documents");
        documents
                .addColumn(AgreementReport.DocumentAgreement::title)
                .setHeader("Document")
                .setFlexGrow(3);
        documents.addColumn(AgreementReport.DocumentAgreement::units).setHeader("Units");
        documents.addColumn(AgreementReport.DocumentAgreement::disagreements).setHeader("Disagreements");
        int minimum = report.grouping().minimumUnits();
        documents
                .addColumn(d -> figure(d.krippendorffAlpha())
                        + (d.units() < minimum && d.krippendorffAlpha() != null ? " — too little data" : ""))
                .setHeader("α");
        documents.setPartNameGenerator(d -> d.units() < minimum ? "cr-too-little" : null);
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
        disagreements
                .addColumn(u -> u.boundaryDisagreement() ? "Differ" : "Same")
                .setHeader("Spans")
                .setAutoWidth(true)
                .setFlexGrow(0);
        disagreements.setEmptyStateText("No disagreements.");
        disagreements.addItemClickListener(
                e -> UI.getCurrent().navigate("documents/" + e.getItem().documentId()));
        perLabel.setAllRowsVisible(true);
        fitOrScroll(pairs, pairRows.size());
        fitOrScroll(documents, report.documents().size());
        showDisagreements(null);

        add(
                new H2("Agreement"),
                overall,
                unitsRule,
                reading(),
                figures,
                new H3("Per label"),
                new AgreementChart(report),
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

    private static Paragraph reading() {
        Paragraph reading = new Paragraph("α and κ are 1 for perfect agreement, 0 for chance, below 0 for systematic"
                + " disagreement; span F1 is 1 when two reviewers marked exactly the same statements."
                + " “—” where a figure cannot be computed. The dataset card explains each.");
        reading.addClassName("cr-meta");
        return reading;
    }

    private static List<FigureRow> figureRows(AgreementReport report) {
        SpanAgreement spans = report.spanAgreement();
        String pairCount = spans.pairs().size() + (spans.pairs().size() == 1 ? " pair" : " pairs");
        return List.of(
                FigureRow.of("Label", "Krippendorff's α (nominal)", report.labelAlpha()),
                FigureRow.of("Presentation", "Krippendorff's α (nominal)", report.presentationAlpha()),
                FigureRow.of("Credibility 1–5", "Krippendorff's α (ordinal)", report.credibilityAlphaOrdinal()),
                new FigureRow(
                        "Where statements are", "Span F1, overlapping", figure(spans.overlapF1()), "—", "—", pairCount),
                new FigureRow("Where statements are", "Span F1, exact", figure(spans.exactF1()), "—", "—", pairCount));
    }

    /** Label κ and span F1 side by side for every pair that shares a unit or a document. */
    private static List<PairRow> pairRows(AgreementReport report) {
        Map<String, PairRow> rows = new java.util.TreeMap<>();
        for (SpanAgreement.Pair p : report.spanAgreement().pairs()) {
            rows.put(
                    p.reviewerA() + " × " + p.reviewerB(),
                    new PairRow(
                            p.reviewerA() + " × " + p.reviewerB(),
                            "0",
                            "—",
                            figure(p.overlapF1()),
                            figure(p.exactF1())));
        }
        for (AgreementReport.PairAgreement p : report.pairs()) {
            String key = p.reviewerA() + " × " + p.reviewerB();
            PairRow spans = rows.get(key);
            rows.put(
                    key,
                    new PairRow(
                            key,
                            String.valueOf(p.sharedUnits()),
                            figure(p.cohenKappa()),
                            spans == null ? "—" : spans.overlapF1(),
                            spans == null ? "—" : spans.exactF1()));
        }
        return List.copyOf(rows.values());
    }

    /** " (95%: 0.512 to 0.700)", or nothing without an interval. */
    static String interval(Coefficient.ConfidenceInterval interval) {
        return interval == null ? "" : " (95%: " + figure(interval.low()) + " to " + figure(interval.high()) + ")";
    }

    static String figure(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }
}
