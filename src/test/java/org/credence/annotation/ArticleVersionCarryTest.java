package org.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.document.ArticleVersion;
import org.credence.document.DocumentService;
import org.credence.document.ImportOutcome;
import org.credence.document.WordDiff;
import org.credence.history.HistoryService;
import org.credence.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page imported again under the same link with other text (issue #17): a later version, linked to the
 * earlier one, with each earlier statement carried over where its quote is still found, marked where its
 * text changed, listed where it vanished — in its author's name, with the importer in its history.
 */
class ArticleVersionCarryTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    CarriedStatements carried;

    @Autowired
    HistoryService history;

    @Autowired
    org.credence.review.ReviewSettings settings;

    @Autowired
    org.credence.review.AssignmentService assignments;

    private String link;
    private boolean blindMode;

    @BeforeEach
    void link() {
        link = "https://news.example.org/isis-k/" + UUID.randomUUID();
        blindMode = settings.blindMode();
    }

    /** The project's setting is shared with the other tests of this context. */
    @AfterEach
    void restoreBlindMode() {
        signIn("editor", Role.EDITOR);
        settings.setBlindMode(blindMode);
    }

    private ImportOutcome importPage(String body, String importer) {
        String html = "<html><head><title>Isis-K strength</title><link rel=\"canonical\" href=\"" + link
                + "\"></head><body>" + body + "<!-- " + UUID.randomUUID() + " --></body></html>";
        signIn(importer, Role.EDITOR);
        return documents.importFile("page.html", html.getBytes(StandardCharsets.UTF_8), importer);
    }

    private StatementView label(String reviewer, long documentId, String quote, Label label) {
        signIn(reviewer, Role.REVIEWER);
        String text = documents.text(documentId);
        int start = text.indexOf(quote);
        return annotations.add(documentId, start, start + quote.length(), StatementDetails.of(label), quote);
    }

    @Test
    void statements_of_the_earlier_version_are_carried_over_marked_or_listed() {
        long first = importPage(
                        "<p>Isis-K has between 500 and 1,200 fighters, officials said.</p>"
                                + "<p>The Taliban denied the report.</p>"
                                + "<p>Its leader was killed in Kunar last year, according to unconfirmed reports.</p>",
                        "editor")
                .documentId();
        StatementView figure = label("reviewer1", first, "between 500 and 1,200 fighters", Label.DISPUTED);
        StatementView denial = label("reviewer1", first, "The Taliban denied the report.", Label.CONFIRMED);
        StatementView leader = label("reviewer2", first, "Its leader was killed in Kunar", Label.UNCONFIRMED);

        ImportOutcome second = importPage(
                "<p>Isis-K has between 600 and 1,200 fighters, officials said.</p>"
                        + "<p>A correction was appended.</p>"
                        + "<p>Its leader was killed in Kunar last year, according to unconfirmed reports.</p>",
                "editor");

        assertThat(second.status()).isEqualTo(ImportOutcome.Status.CREATED);
        assertThat(second.message()).startsWith("Imported as version 2 of document " + first);
        long later = second.documentId();
        signIn("editor", Role.EDITOR);
        assertThat(documents.get(later).articleVersion()).isEqualTo(new ArticleVersion(2, 2, first, null));
        assertThat(documents.get(first).articleVersion()).isEqualTo(new ArticleVersion(1, 2, null, later));
        assertThat(documents.get(later).text()).contains("between 600 and 1,200 fighters");

        List<StatementView> onLater = annotations.listForDocument(later);
        assertThat(onLater)
                .extracting(StatementView::quote, StatementView::author, StatementView::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "between 600 and 1,200 fighters", "reviewer1", Label.DISPUTED),
                        org.assertj.core.groups.Tuple.tuple(
                                "Its leader was killed in Kunar", "reviewer2", Label.UNCONFIRMED));
        assertThat(annotations.listForDocument(first))
                .as("the earlier version keeps its own statements")
                .hasSize(3);

        List<CarriedStatement> outcomes = carried.carriedTo(later);
        assertThat(outcomes)
                .extracting(CarriedStatement::fromStatementId, CarriedStatement::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(figure.id(), CarryOutcome.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(denial.id(), CarryOutcome.VANISHED),
                        org.assertj.core.groups.Tuple.tuple(leader.id(), CarryOutcome.KEPT));
        CarriedStatement vanished = outcomes.stream()
                .filter(c -> c.outcome() == CarryOutcome.VANISHED)
                .findFirst()
                .orElseThrow();
        assertThat(vanished.statementId()).isNull();
        assertThat(vanished.quote()).isEqualTo("The Taliban denied the report.");
        assertThat(vanished.needsReview()).isTrue();

        long carriedFigure = outcomes.stream()
                .filter(c -> c.outcome() == CarryOutcome.CHANGED)
                .findFirst()
                .orElseThrow()
                .statementId();
        assertThat(history.forStatement(carriedFigure))
                .as("the history names who carried it over, not its author")
                .extracting(e -> e.action() + " by " + e.actor())
                .containsExactly("carried over by editor");
    }

    @Test
    void the_changes_are_shown_word_by_word() {
        long first = importPage("<p>Isis-K has between 500 and 1,200 fighters.</p>", "editor")
                .documentId();
        long later = importPage("<p>Isis-K has between 600 and 1,200 fighters.</p>", "editor")
                .documentId();

        signIn("researcher", Role.RESEARCHER);
        var changes = documents.changes(later);
        assertThat(changes.previousId()).isEqualTo(first);
        assertThat(changes.number()).isEqualTo(2);
        assertThat(changes.diff().segments())
                .contains(
                        new WordDiff.Segment(WordDiff.Change.REMOVED, "500"),
                        new WordDiff.Segment(WordDiff.Change.ADDED, "600"));
        assertThatThrownBy(() -> documents.changes(first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document " + first + " is the first version of its article.");
    }

    @Test
    void the_same_text_again_is_no_new_version_and_a_third_import_continues_the_chain() {
        long first = importPage("<p>The bridge closed on Monday.</p>", "editor").documentId();

        ImportOutcome again = importPage("<p>The bridge closed on Monday.</p>", "editor");
        assertThat(again.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(again.documentId()).isEqualTo(first);
        assertThat(again.message())
                .isEqualTo("Unchanged since it was imported as document " + first + "; nothing new was stored.");

        long second =
                importPage("<p>The bridge reopened on Tuesday.</p>", "editor").documentId();
        long third =
                importPage("<p>The bridge reopened on Wednesday.</p>", "editor").documentId();
        signIn("editor", Role.EDITOR);
        assertThat(documents.get(third).articleVersion()).isEqualTo(new ArticleVersion(3, 3, second, null));
        assertThat(documents.get(second).articleVersion()).isEqualTo(new ArticleVersion(2, 3, first, third));
        assertThat(documents.get(first).articleVersion().count()).isEqualTo(3);
    }

    @Test
    void a_document_without_a_link_is_never_taken_for_a_version() {
        signIn("editor", Role.EDITOR);
        long one = documents
                .importFile("a.txt", ("Same name. " + UUID.randomUUID()).getBytes(), "editor")
                .documentId();
        assertThat(documents.get(one).articleVersion()).isEqualTo(ArticleVersion.ONLY);
        assertThat(carried.carriedTo(one)).isEmpty();
    }

    @Test
    void under_blind_review_a_reviewer_sees_only_what_became_of_their_own_statements() {
        long first = importPage(
                        "<p>Isis-K has between 500 and 1,200 fighters.</p><p>The Taliban denied the report.</p>",
                        "editor")
                .documentId();
        label("reviewer1", first, "between 500 and 1,200 fighters", Label.DISPUTED);
        label("reviewer2", first, "The Taliban denied the report.", Label.CONFIRMED);
        long later = importPage("<p>Isis-K has between 600 and 1,200 fighters.</p>", "editor")
                .documentId();
        settings.setBlindMode(true);

        signIn("reviewer1", Role.REVIEWER);
        assertThat(carried.carriedTo(later))
                .extracting(CarriedStatement::author)
                .containsExactly("reviewer1");
        signIn("editor", Role.EDITOR);
        assertThat(carried.carriedTo(later)).hasSize(2);

        // Done with version 2 but not with version 1: reviewer2's vanished statement lives on version 1
        // only, and stays hidden there — its quote, label and name included.
        assignments.assign(later, "reviewer1");
        signIn("reviewer1", Role.REVIEWER);
        assignments.markDone(later);
        assertThat(carried.carriedTo(later))
                .extracting(CarriedStatement::author)
                .containsExactly("reviewer1");
    }
}
