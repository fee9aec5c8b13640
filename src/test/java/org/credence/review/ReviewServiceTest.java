package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementNotFoundException;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ReviewServiceTest extends AbstractServiceTest {

    static final String TEXT = "The Taliban executed a senior commander. Fighters number up to 2,200.";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.credence.history.HistoryService history;

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    long documentId;
    StatementView byReviewer1;
    StatementView byReviewer2;
    StatementView agreed;

    @BeforeEach
    void twoReviewersLabel() {
        documentId = TestCorpus.importText(documents, TEXT);
        signIn("reviewer1", Role.REVIEWER);
        byReviewer1 = annotations.add(documentId, 0, 40, Label.CONFIRMED);
        agreed = annotations.add(documentId, 41, 69, Label.UNCONFIRMED);
        signIn("reviewer2", Role.REVIEWER);
        byReviewer2 = annotations.add(documentId, 0, 40, Label.DISPUTED);
        signIn("editor", Role.EDITOR);
    }

    private List<ReviewGroup> myGroups() {
        return reviews.queue().stream()
                .filter(g -> g.documentId() == documentId)
                .toList();
    }

    @Test
    void the_queue_shows_every_reviewers_label_side_by_side_disagreements_first() {
        List<ReviewGroup> groups = myGroups();

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).disagreement()).isTrue();
        assertThat(groups.get(0).quote()).isEqualTo("The Taliban executed a senior commander.");
        assertThat(groups.get(0).labelsSideBySide()).isEqualTo("reviewer1: Confirmed · reviewer2: Disputed");
        assertThat(groups.get(1).disagreement()).isFalse();
        List<ReviewGroup> queue = reviews.queue();
        int firstAgreement = queue.indexOf(
                queue.stream().filter(g -> !g.disagreement()).findFirst().orElseThrow());
        assertThat(queue.subList(firstAgreement, queue.size())).noneMatch(ReviewGroup::disagreement);
    }

    @Test
    void pages_of_the_queue_put_together_are_the_whole_queue_whatever_their_size() {
        signIn("reviewer1", Role.REVIEWER);
        long other = TestCorpus.importText(documents, "Paging. " + TEXT);
        annotations.add(other, 0, 7, Label.CONFIRMED);
        annotations.add(other, 8, 48, Label.DISPUTED);
        signIn("reviewer2", Role.REVIEWER);
        annotations.add(other, 0, 7, Label.CONFIRMED);
        annotations.add(other, 8, 48, Label.CONFIRMED);
        signIn("editor", Role.EDITOR);
        List<ReviewGroup> whole = reviews.queue();
        long disagreements = whole.stream().filter(ReviewGroup::disagreement).count();
        assertThat(disagreements).isGreaterThanOrEqualTo(2);

        for (int size : new int[] {1, 2, 3, 1000}) {
            List<ReviewGroup> paged = new java.util.ArrayList<>();
            ReviewQueuePage page;
            int number = 0;
            do {
                page = reviews.queue(number++, size);
                assertThat(page.groups()).hasSizeLessThanOrEqualTo(size);
                assertThat(page.total()).isEqualTo(whole.size());
                assertThat(page.disagreements()).isEqualTo(disagreements);
                paged.addAll(page.groups());
            } while (page.hasNext());
            assertThat(paged).as("pages of " + size).isEqualTo(whole);
        }
        assertThat(reviews.queue(whole.size(), 1).groups()).isEmpty();
        assertThat(whole).allSatisfy(g -> assertThat(g.documentTitle()).isNotNull());
    }

    @Test
    void approving_makes_the_reviewers_label_gold_and_leaves_the_queue() {
        DecisionView decision = reviews.decide(agreed.id(), -1, DecisionKind.APPROVE, null, null);

        assertThat(decision.state()).isEqualTo(ReviewState.APPROVED);
        assertThat(decision.goldLabel()).isEqualTo(Label.UNCONFIRMED);
        assertThat(decision.decidedBy()).isEqualTo("editor");
        assertThat(myGroups()).hasSize(1);
    }

    @Test
    void an_override_puts_the_editors_label_in_place_and_the_reviewer_sees_why() {
        ReviewGroup disagreement = myGroups().get(0);

        reviews.decideGroup(disagreement, Label.DISPUTED, false, "The UN report contradicts it.");

        assertThat(reviews.decisionFor(byReviewer1.id()).goldLabel()).isEqualTo(Label.DISPUTED);
        assertThat(reviews.decisionFor(byReviewer2.id()).goldLabel()).isEqualTo(Label.DISPUTED);
        assertThat(reviews.describe(List.of(byReviewer1.id())))
                .containsEntry(byReviewer1.id(), "Approved as Disputed by editor: The UN report contradicts it.");
    }

    @Test
    void a_rejection_needs_a_reason() {
        assertThatThrownBy(() -> reviews.decide(agreed.id(), -1, DecisionKind.REJECT, null, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rejection needs a reason, for the reviewer.");
        assertThat(reviews.decisionFor(agreed.id()).state()).isEqualTo(ReviewState.PROPOSED);

        DecisionView rejected = reviews.decide(agreed.id(), -1, DecisionKind.REJECT, null, "Not a claim.");
        assertThat(rejected.state()).isEqualTo(ReviewState.REJECTED);
    }

    /** Decided: an editor may reject again to correct the reason, as they may approve again; both stay in the history. */
    @Test
    void a_rejections_reason_can_be_corrected_and_the_history_keeps_both() {
        DecisionView first = reviews.decide(agreed.id(), -1, DecisionKind.REJECT, null, "Not a claim.");

        DecisionView corrected = reviews.decide(
                agreed.id(), first.version(), DecisionKind.REJECT, null, "An opinion, not a claim of fact.");

        assertThat(corrected.state()).isEqualTo(ReviewState.REJECTED);
        assertThat(reviews.decisionFor(agreed.id()).reason()).isEqualTo("An opinion, not a claim of fact.");
        assertThat(history.forStatement(agreed.id()))
                .extracting(org.credence.history.HistoryEntry::action)
                .containsSubsequence("decision: rejected", "decision: rejected");
    }

    @Test
    void a_statement_nobody_decided_cannot_be_reopened() {
        assertThatThrownBy(() -> ReviewState.PROPOSED.moveTo(ReviewState.PROPOSED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("A proposed statement cannot become proposed directly.");
    }

    @Test
    void the_second_of_two_editors_deciding_at_once_gets_a_conflict_and_overwrites_nothing() {
        reviews.decide(agreed.id(), -1, DecisionKind.APPROVE, null, null);

        assertThatThrownBy(() -> reviews.decide(agreed.id(), -1, DecisionKind.REJECT, null, "Too late"))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("Another editor decided this statement (editor)");
        assertThat(reviews.decisionFor(agreed.id()).state()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void a_reviewers_later_edit_sends_the_statement_back_to_proposed() {
        reviews.decide(agreed.id(), -1, DecisionKind.APPROVE, null, null);
        signIn("reviewer1", Role.REVIEWER);

        annotations.update(agreed.id(), agreed.version(), StatementDetails.of(Label.DISPUTED));

        signIn("editor", Role.EDITOR);
        assertThat(reviews.decisionFor(agreed.id()).state()).isEqualTo(ReviewState.PROPOSED);
        assertThat(myGroups()).extracting(ReviewGroup::start).contains(41);
    }

    @Test
    void only_editors_decide() {
        signIn("reviewer1", Role.REVIEWER);

        assertThatThrownBy(() -> reviews.decide(agreed.id(), -1, DecisionKind.APPROVE, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.queue()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deleting_a_decided_statement_removes_its_decision_with_it() {
        reviews.decide(agreed.id(), -1, DecisionKind.APPROVE, null, null);
        signIn("reviewer1", Role.REVIEWER);

        annotations.delete(agreed.id());

        assertThatThrownBy(() -> reviews.decisionFor(agreed.id())).isInstanceOf(StatementNotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from statement_decision where statement_id = ?", Long.class, agreed.id()))
                .isZero();
    }
}
