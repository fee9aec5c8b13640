package org.credence.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.review.AgreementReport;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgreementViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Test
    void a_researcher_sees_the_figures_and_drills_down_from_a_document_to_its_disagreements_and_the_reader() {
        long documentId = TestCorpus.importText(documents, "Agreement view. Second sentence here.");
        TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
        annotations.add(documentId, 0, 15, Label.CONFIRMED);
        annotations.add(documentId, 16, 37, Label.CONFIRMED);
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        annotations.add(documentId, 0, 15, Label.DISPUTED);
        annotations.add(documentId, 16, 37, Label.CONFIRMED);
        login("researcher", Role.RESEARCHER);

        UI.getCurrent().navigate(AgreementView.class);
        AgreementView view = _get(AgreementView.class);

        assertThat(view.overall.getText()).contains("Krippendorff's α").contains("Fleiss' κ");
        AgreementReport.DocumentAgreement mine = rows(view.documents).stream()
                .filter(d -> d.documentId() == documentId)
                .findFirst()
                .orElseThrow();
        assertThat(mine.units()).isEqualTo(2);
        assertThat(mine.disagreements()).isEqualTo(1);
        view.documents.select(mine);
        assertThat(rows(view.disagreements))
                .singleElement()
                .satisfies(u -> assertThat(u.quote()).isEqualTo("Agreement view."));
        assertThat(view.disagreementsShown.getText()).isEqualTo("1 disagreement in “" + mine.title() + "”.");
        GridKt._clickItem(view.disagreements, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("documents/" + documentId);
    }

    @Test
    void a_chart_shows_how_each_reviewer_used_the_labels_and_alpha_per_label_with_the_numbers_as_text() {
        long documentId = TestCorpus.importText(documents, "Chart view. Second chart sentence.");
        TestSecurity.signIn(context, "reviewer5", Role.REVIEWER);
        annotations.add(documentId, 0, 11, Label.CONFIRMED);
        annotations.add(documentId, 12, 34, Label.DISPUTED);
        TestSecurity.signIn(context, "reviewer6", Role.REVIEWER);
        annotations.add(documentId, 0, 11, Label.UNCONFIRMED);
        annotations.add(documentId, 12, 34, Label.DISPUTED);
        login("researcher", Role.RESEARCHER);

        UI.getCurrent().navigate(AgreementView.class);
        com.vaadin.flow.component.html.Div labels =
                _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("agreement-chart-labels"));
        String text = labels.getElement().getTextRecursively();
        assertThat(text).startsWith("Labels per reviewer");
        // reviewer5: one confirmed, one disputed; reviewer6: one unconfirmed, one disputed (and the other
        // tests' reviewers around them in this shared database)
        assertThat(labels.getChildren()
                        .map(c -> c.getElement().getTextRecursively())
                        .filter(t -> t.startsWith("reviewer5") || t.startsWith("reviewer6")))
                .containsExactly("reviewer5112 units", "reviewer6112 units");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("agreement-chart-alpha"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("α per label (this label vs the rest)Confirmed")
                .contains("Unconfirmed", "Disputed");
        assertThat(AgreementChart.describe(-0.333)).isEqualTo("-0.33 (below chance)");
        assertThat(AgreementChart.describe(null)).isEqualTo("—");
        assertThat(AgreementChart.describe(0.8)).isEqualTo("0.80");
    }

    @Test
    void every_figure_shows_its_units_reviewers_interval_and_a_too_little_data_mark_and_pairs_show_span_f1() {
        long documentId = TestCorpus.importText(documents, "Figures view. Another sentence here.");
        TestSecurity.signIn(context, "reviewer3", Role.REVIEWER);
        annotations.add(documentId, 0, 13, Label.CONFIRMED); // with its full stop
        TestSecurity.signIn(context, "reviewer4", Role.REVIEWER);
        annotations.add(documentId, 0, 12, Label.DISPUTED); // without
        login("researcher", Role.RESEARCHER);

        UI.getCurrent().navigate(AgreementView.class);
        AgreementView view = _get(AgreementView.class);

        assertThat(view.unitsRule.getText())
                .contains("share at least 50% of the shorter span")
                .contains("fewer than 30 units are marked “too little data”");
        List<AgreementView.FigureRow> figures = rows(view.figures);
        assertThat(figures)
                .extracting(AgreementView.FigureRow::coefficient)
                .containsExactly(
                        "Krippendorff's α (nominal)",
                        "Krippendorff's α (nominal)",
                        "Krippendorff's α (ordinal)",
                        "Span F1, overlapping",
                        "Span F1, exact");
        assertThat(figures.get(0).units()).isNotEqualTo("0");
        assertThat(rows(view.pairs))
                .filteredOn(p -> p.reviewers().equals("reviewer3 × reviewer4"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.sharedUnits()).isEqualTo("1");
                    assertThat(p.overlapF1()).isEqualTo("1.000");
                    assertThat(p.exactF1()).isEqualTo("0.000");
                });
        assertThat(AgreementView.FigureRow.of(
                                "Label",
                                "α",
                                new org.credence.review.Coefficient(
                                        0.5,
                                        12,
                                        2,
                                        new org.credence.review.Coefficient.ConfidenceInterval(0.1, 0.8, 0.95, 1000),
                                        true))
                        .value())
                .isEqualTo("0.500 — too little data");
        AgreementView.FigureRow few = AgreementView.FigureRow.of(
                "Label",
                "α",
                new org.credence.review.Coefficient(
                        0.5,
                        12,
                        2,
                        new org.credence.review.Coefficient.ConfidenceInterval(0.1, 0.8, 0.95, 1000),
                        true));
        assertThat(view.figures.getPartNameGenerator().apply(few))
                .as("greyed as well as marked, when the figure stands on too few units")
                .isEqualTo("cr-too-little");
        assertThat(view.figures.getPartNameGenerator().apply(figures.get(3)))
                .as("span F1 has no minimum")
                .isNull();
    }

    @Test
    void counts_read_as_english() {
        assertThat(AgreementView.units(1)).isEqualTo("1 unit");
        assertThat(AgreementView.units(0)).isEqualTo("0 units");
        assertThat(AgreementView.units(12_000)).isEqualTo("12,000 units");
    }

    @Test
    void many_documents_scroll_in_a_grid_of_fixed_height_instead_of_rendering_every_row() {
        TestSecurity.signIn(context, "demo", Role.ADMIN);
        for (int i = 0; i <= AgreementView.ALL_ROWS_UP_TO; i++) {
            long documentId = TestCorpus.importText(
                    documents, "Scrolling agreement document " + i + " " + java.util.UUID.randomUUID());
            TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
            annotations.add(documentId, 0, 9, Label.CONFIRMED);
            TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
            annotations.add(documentId, 0, 9, Label.CONFIRMED);
        }
        login("researcher", Role.RESEARCHER);

        UI.getCurrent().navigate(AgreementView.class);
        AgreementView view = _get(AgreementView.class);

        assertThat(GridKt._size(view.documents)).isGreaterThan(AgreementView.ALL_ROWS_UP_TO);
        assertThat(view.documents.isAllRowsVisible()).isFalse();
        assertThat(view.documents.getHeight()).isEqualTo("28em");
        assertThat(view.perLabel.isAllRowsVisible())
                .as("three labels always fit")
                .isTrue();
    }

    @Test
    void a_list_cut_short_says_how_many_there_are_and_where_the_rest_are() {
        assertThat(AgreementView.shownOf(1_000, 250_000))
                .isEqualTo("The first 1,000 of 250,000 disagreements, in text"
                        + " order; choose a document above to see all of its own.");
        assertThat(AgreementView.shownOf(3, 3)).isEmpty();
    }

    private static <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }
}
