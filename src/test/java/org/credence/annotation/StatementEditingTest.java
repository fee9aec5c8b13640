package org.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Changing statements: details, anchoring context, concurrent edits and ownership. */
class StatementEditingTest extends AbstractServiceTest {

    static final String TEXT = "Officials said the commander was executed, according to CSIS. Others deny it.";

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    org.credence.review.AssignmentService assignments;

    @Autowired
    org.credence.review.ReviewSettings settings;

    long documentId;

    @BeforeEach
    void setUp() {
        signIn("reviewer1", Role.REVIEWER);
        documentId = TestCorpus.importText(documents, TEXT);
    }

    @Test
    void a_statement_keeps_up_to_32_characters_of_context_either_side() {
        StatementView saved = annotations.add(documentId, 15, 41, Label.UNCONFIRMED);

        assertThat(saved.quote()).isEqualTo("the commander was executed");
        assertThat(saved.prefix()).isEqualTo("Officials said ");
        assertThat(saved.suffix()).isEqualTo(", according to CSIS. Others deny");
        assertThat(saved.suffix().codePointCount(0, saved.suffix().length())).isEqualTo(32);
    }

    @Test
    void a_save_whose_quote_does_not_match_the_text_is_refused() {
        assertThatThrownBy(() -> annotations.add(
                        documentId, 15, 41, StatementDetails.of(Label.CONFIRMED), "the commander was killed"))
                .isInstanceOf(QuoteMismatchException.class)
                .hasMessage("The text at 15–41 is “the commander was executed”, not “the commander was killed”:"
                        + " the offsets or the document are not the ones you think.");
        assertThat(annotations.listForDocument(documentId)).isEmpty();
    }

    @Test
    void details_are_changed_and_the_change_is_stamped() {
        StatementView saved = annotations.add(documentId, 15, 41, Label.UNCONFIRMED);
        StatementDetails details = new StatementDetails(
                Label.DISPUTED,
                Presentation.ATTRIBUTED,
                "Only one outlet reports it.",
                "CSIS",
                "according to",
                List.of("Execution", "isis-k"),
                "https://example.org/report",
                null);

        StatementView changed = annotations.update(saved.id(), saved.version(), details);

        assertThat(changed.details())
                .isEqualTo(new StatementDetails(
                        Label.DISPUTED,
                        Presentation.ATTRIBUTED,
                        "Only one outlet reports it.",
                        "CSIS",
                        "according to",
                        List.of("execution", "isis-k"),
                        "https://example.org/report",
                        null));
        assertThat(changed.modifiedBy()).isEqualTo("reviewer1");
        assertThat(changed.modifiedAt()).isNotNull();
        assertThat(changed.version()).isGreaterThan(saved.version());
        assertThat(annotations.get(saved.id())).isEqualTo(changed);
    }

    @Test
    void an_edit_based_on_a_stale_version_is_refused_and_overwrites_nothing() {
        StatementView saved = annotations.add(documentId, 15, 41, Label.UNCONFIRMED);
        annotations.update(saved.id(), saved.version(), StatementDetails.of(Label.CONFIRMED));

        assertThatThrownBy(() -> annotations.update(saved.id(), saved.version(), StatementDetails.of(Label.DISPUTED)))
                .isInstanceOf(StatementChangedException.class)
                .hasMessage("This statement was changed in another window since you opened it; nothing was"
                        + " overwritten. Reload it to see the change.");
        assertThat(annotations.get(saved.id()).label()).isEqualTo(Label.CONFIRMED);
    }

    @Test
    void a_delete_based_on_a_stale_version_keeps_the_statement() {
        StatementView saved = annotations.add(documentId, 15, 41, Label.UNCONFIRMED);
        annotations.update(saved.id(), saved.version(), StatementDetails.of(Label.CONFIRMED));

        assertThatThrownBy(() -> annotations.delete(saved.id(), saved.version()))
                .isInstanceOf(StatementChangedException.class);
        assertThat(annotations.listForDocument(documentId)).hasSize(1);
    }

    @Test
    void only_the_author_may_change_or_delete_a_statement() {
        StatementView saved = annotations.add(documentId, 15, 41, Label.UNCONFIRMED);
        signIn("editor", Role.EDITOR);
        assignments.assign(documentId, "reviewer2");
        signIn("reviewer2", Role.REVIEWER);
        assignments.markDone(documentId);

        assertThatThrownBy(() -> annotations.update(saved.id(), saved.version(), StatementDetails.of(Label.DISPUTED)))
                .isInstanceOf(NotYourStatementException.class)
                .hasMessage("Only reviewer1, who made this statement, can change or delete it.");
        assertThatThrownBy(() -> annotations.delete(saved.id())).isInstanceOf(NotYourStatementException.class);
        assertThat(annotations.get(saved.id()).label()).isEqualTo(Label.UNCONFIRMED);
    }

    @Test
    void under_blind_review_another_reviewers_statement_is_not_found_and_its_author_never_named() {
        StatementView saved = annotations.add(documentId, 15, 41, Label.UNCONFIRMED);
        signIn("editor", Role.EDITOR);
        settings.setBlindMode(true);
        signIn("reviewer2", Role.REVIEWER);

        for (var attempt : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> annotations.get(saved.id()),
                () -> annotations.update(saved.id(), saved.version(), StatementDetails.of(Label.DISPUTED)),
                () -> annotations.update(saved.id(), saved.version() + 7, StatementDetails.of(Label.DISPUTED)),
                () -> annotations.delete(saved.id()),
                () -> annotations.delete(saved.id(), saved.version()))) {
            assertThatThrownBy(attempt)
                    .isInstanceOf(StatementNotFoundException.class)
                    .hasMessage("Statement " + saved.id() + " does not exist.");
        }
        assertThat(annotations.listForDocument(documentId)).isEmpty();
        assertThat(annotations.findVisible(saved.id())).isEmpty();
    }

    @Test
    void several_reviewers_may_label_the_same_span_independently() {
        StatementView mine = annotations.add(documentId, 15, 41, Label.UNCONFIRMED);
        signIn("reviewer2", Role.REVIEWER);
        StatementView theirs = annotations.add(documentId, 15, 41, Label.DISPUTED);

        assertThat(annotations.listForDocument(documentId))
                .as("blind mode: reviewer2 sees only their own")
                .containsExactly(theirs);
        signIn("editor", Role.EDITOR);
        assertThat(annotations.listForDocument(documentId)).containsExactly(mine, theirs);
        assertThat(mine.sameSpanAs(theirs)).isTrue();
    }
}
