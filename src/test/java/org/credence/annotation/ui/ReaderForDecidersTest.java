package org.credence.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.review.DecisionKind;
import org.credence.review.ReviewService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor in the Reader sees who labelled what and what was decided, and where to decide, not a disabled toolbar. */
class ReaderForDecidersTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    @Test
    void an_editor_sees_each_statements_author_and_decision_and_a_link_to_the_review_queue() {
        long documentId = TestCorpus.importText(documents, "Deciders read. The commander was executed. Fighters fled.");
        TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
        StatementView decided = annotations.add(documentId, 15, 42, Label.CONFIRMED);
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        annotations.add(documentId, 43, 57, Label.UNCONFIRMED);
        TestSecurity.signIn(context, "editor", Role.EDITOR);
        reviews.decide(decided.id(), -1, DecisionKind.OVERRIDE, Label.DISPUTED, "Only one outlet.");

        login("editor", Role.EDITOR);
        UI.getCurrent().navigate("documents/" + documentId);

        _assertNone(Button.class, spec -> spec.withId("label-confirmed"));
        assertThat(_get(Anchor.class, spec -> spec.withId("reading-bar-decide")).getHref())
                .isEqualTo("review");
        @SuppressWarnings("unchecked")
        Grid<StatementView> grid = _get(Grid.class, spec -> spec.withId("statements"));
        assertThat(grid.getColumnByKey("author")).isNotNull();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("reviewer1", "Approved as Disputed by editor");
        assertThat(GridKt._getFormattedRow(grid, 0)).doesNotContain("Approved as Disputed by editor: Only one outlet.");
        assertThat(StatementPanel.verdict("Approved as Disputed by editor: Only one outlet."))
                .isEqualTo("Approved as Disputed by editor");
        assertThat(grid.getColumnByKey("decision").getTooltipGenerator().apply(GridKt._get(grid, 0)))
                .as("the reason in full on hover")
                .isEqualTo("Approved as Disputed by editor: Only one outlet.");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("reviewer2", "Awaiting a decision");
    }

    @Test
    void a_reviewer_keeps_the_label_toolbar_and_the_plain_list() {
        long documentId = TestCorpus.importText(documents, "Reviewer reads. The bridge collapsed.");
        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("documents/" + documentId);

        assertThat(_get(Button.class, spec -> spec.withId("label-confirmed")).isEnabled())
                .isTrue();
        @SuppressWarnings("unchecked")
        Grid<StatementView> grid = _get(Grid.class, spec -> spec.withId("statements"));
        assertThat(grid.getColumnByKey("author")).isNull();
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("reading-bar"));
    }
}
