package org.credence.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.annotation.ui.ReaderView;
import org.credence.document.DocumentService;
import org.credence.history.HistoryEntry;
import org.credence.history.ui.HistoryView;
import org.credence.review.ReviewGroup;
import org.credence.review.ReviewService;
import org.credence.review.ReviewState;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor resolves a disagreement; the reviewer sees the decision; the history shows it. */
class ReviewQueueViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    long documentId;
    StatementView mine;
    StatementView theirs;

    @BeforeEach
    void twoReviewersDisagree() {
        documentId = TestCorpus.importText(documents, "The Taliban executed a senior commander.");
        TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
        mine = annotations.add(documentId, 0, 40, Label.CONFIRMED);
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        theirs = annotations.add(documentId, 0, 40, Label.DISPUTED);
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(ReviewQueueView.class);
    }

    @Test
    void the_editor_sees_both_labels_and_overrides_with_a_reason() {
        ReviewQueueView view = _get(ReviewQueueView.class);
        ReviewGroup group = rows(view).stream()
                .filter(g -> g.documentId() == documentId)
                .findFirst()
                .orElseThrow();
        assertThat(group.labelsSideBySide()).isEqualTo("reviewer1: Confirmed · reviewer2: Disputed");
        assertThat(_get(Span.class, spec -> spec.withId("review-summary")).getText())
                .contains("where reviewers' labels or spans differ");

        view.queue.select(group);
        _setValue(view.gold, Label.DISPUTED);
        _setValue(view.reason, "The UN figure contradicts it.");
        _click(view.decide);

        assertThat(reviews.decisionFor(mine.id()).state()).isEqualTo(ReviewState.APPROVED);
        assertThat(reviews.decisionFor(mine.id()).goldLabel()).isEqualTo(Label.DISPUTED);
        assertThat(reviews.decisionFor(theirs.id()).goldLabel()).isEqualTo(Label.DISPUTED);
        assertThat(rows(view)).noneMatch(g -> g.documentId() == documentId);

        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("documents/" + documentId);
        _get(ReaderView.class).open(List.of(mine.id()));
        assertThat(_get(Span.class, spec -> spec.withId("edit-decision")).getText())
                .isEqualTo("Approved as Disputed by editor: The UN figure contradicts it.");

        UI.getCurrent().navigate("history/statement/" + mine.id());
        _get(HistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(Grid.class, spec -> spec.withId("history"));
        assertThat(IntStream.range(0, GridKt._size(history))
                        .mapToObj(i -> GridKt._get(history, i).action()))
                .containsExactly("created", "decision: approved");
    }

    @Test
    void a_rejection_without_a_reason_is_explained_and_nothing_changes() {
        ReviewQueueView view = _get(ReviewQueueView.class);
        view.queue.select(rows(view).stream()
                .filter(g -> g.documentId() == documentId)
                .findFirst()
                .orElseThrow());

        _click(view.reject);

        assertThat(NotificationsKt.getNotifications())
                .last()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("A rejection needs a reason, for the reviewer."));
        assertThat(reviews.decisionFor(mine.id()).state()).isEqualTo(ReviewState.PROPOSED);
    }

    @Test
    void when_another_editor_decided_first_the_second_is_told_and_the_queue_reloads() {
        ReviewQueueView view = _get(ReviewQueueView.class);
        ReviewGroup group = rows(view).stream()
                .filter(g -> g.documentId() == documentId)
                .findFirst()
                .orElseThrow();
        view.queue.select(group);
        reviews.decideGroup(group, Label.CONFIRMED, false, null);

        _click(view.decide);

        assertThat(NotificationsKt.getNotifications())
                .last()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).contains("Another editor decided"));
        assertThat(reviews.decisionFor(mine.id()).goldLabel()).isEqualTo(Label.CONFIRMED);
        assertThat(rows(view)).noneMatch(g -> g.documentId() == documentId);
    }

    @Test
    void overlapping_selections_are_one_row_with_the_spans_aligned_and_the_editor_chooses_the_gold_span() {
        long other = TestCorpus.importText(documents, "Fighters number up to 2,200, a report said.");
        TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
        StatementView figure = annotations.add(other, 0, 27, Label.UNCONFIRMED); // "Fighters number up to 2,200"
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        StatementView sentence = annotations.add(other, 0, 44, Label.UNCONFIRMED); // the whole sentence
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(AgreementView.class); // the queue was opened before these statements
        UI.getCurrent().navigate(ReviewQueueView.class);
        ReviewQueueView view = _get(ReviewQueueView.class);
        ReviewGroup unit = rows(view).stream()
                .filter(g -> g.documentId() == other)
                .findFirst()
                .orElseThrow();
        assertThat(rows(view).stream().filter(g -> g.documentId() == other)).hasSize(1);
        assertThat(ReviewQueueView.state(unit)).isEqualTo("Spans differ");

        view.queue.select(unit);

        assertThat(view.spans.getChildren()).hasSize(2);
        assertThat(view.spans.getElement().getTextRecursively())
                .contains("reviewer1 Unconfirmed")
                .contains("Fighters number up to 2,200");
        assertThat(_get(
                        view.spans,
                        Span.class,
                        spec -> spec.withClasses("cr-aligned-selected").withText("Fighters number up to 2,200")))
                .isNotNull();
        assertThat(view.goldSpan.isVisible()).isTrue();
        assertThat(view.goldSpan.getValue().author())
                .as("a tie goes to the longer span")
                .isEqualTo("reviewer2");

        _setValue(
                view.goldSpan,
                unit.entries().stream()
                        .filter(e -> e.author().equals("reviewer1"))
                        .findFirst()
                        .orElseThrow());
        _click(view.decide);

        assertThat(reviews.decisionFor(sentence.id()).goldSpan())
                .isEqualTo(new org.credence.review.GoldSpan(figure.start(), figure.end()));
        assertThat(reviews.decisionFor(figure.id()).goldSpan()).isNull();
        assertThat(reviews.decisionFor(sentence.id()).goldLabel()).isEqualTo(Label.UNCONFIRMED);
    }

    @Test
    void identical_spans_need_no_span_choice() {
        ReviewQueueView view = _get(ReviewQueueView.class);
        view.queue.select(rows(view).stream()
                .filter(g -> g.documentId() == documentId)
                .findFirst()
                .orElseThrow());

        assertThat(view.goldSpan.isVisible()).isFalse();
        assertThat(view.spans.isVisible()).isTrue();
    }

    @Test
    void keys_choose_the_gold_label_and_enter_decides_once_a_unit_is_open() {
        ReviewQueueView view = _get(ReviewQueueView.class);
        view.decisionKey("Enter"); // nothing open: nothing happens
        assertThat(reviews.decisionFor(mine.id()).state()).isEqualTo(ReviewState.PROPOSED);
        view.queue.select(rows(view).stream()
                .filter(g -> g.documentId() == documentId)
                .findFirst()
                .orElseThrow());

        view.decisionKey("3");
        assertThat(view.gold.getValue()).isEqualTo(Label.DISPUTED);
        view.decisionKey("1");
        assertThat(view.gold.getValue()).isEqualTo(Label.CONFIRMED);
        view.decisionKey("Enter");

        assertThat(reviews.decisionFor(theirs.id()).goldLabel()).isEqualTo(Label.CONFIRMED);
    }

    @Test
    void each_reviewers_presentation_attribution_and_rationale_stand_under_their_selection() {
        org.credence.annotation.StatementDetails details = new org.credence.annotation.StatementDetails(
                Label.UNCONFIRMED,
                org.credence.annotation.Presentation.HEDGED,
                "UN monitoring report",
                "a United Nations report",
                "estimated",
                List.of(),
                null,
                null,
                null);
        assertThat(AlignedSpans.why(details))
                .isEqualTo("Hedged · according to a United Nations report (“estimated”) · UN monitoring report");
        assertThat(AlignedSpans.why(org.credence.annotation.StatementDetails.of(Label.CONFIRMED)))
                .isEmpty();
        assertThat(AlignedSpans.badge(Label.DISPUTED).getClassNames()).contains("cr-badge", "cr-disputed");
    }

    private static List<ReviewGroup> rows(ReviewQueueView view) {
        return IntStream.range(0, GridKt._size(view.queue))
                .mapToObj(i -> GridKt._get(view.queue, i))
                .toList();
    }
}
