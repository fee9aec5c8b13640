package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementView;
import org.credence.base.domain.CodePoints;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.document.ProvenanceCorrection;
import org.credence.review.DecisionKind;
import org.credence.review.ReviewService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The claim register and matching on documents written for these tests (text the matcher has never seen). */
class ClaimServiceTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimMatcher matcher;

    // One story for the whole class: copies of the same sentences in other stories would rightly outrank it.
    static String story;
    static DocumentDetails wire;
    static DocumentDetails daily;
    static DocumentDetails weekly;

    @BeforeEach
    void threeOutletsReportADamCollapse() {
        if (story != null) {
            return;
        }
        story = UUID.randomUUID().toString().substring(0, 8);
        wire = dated(
                TestCorpus.importText(
                        documents,
                        "Dam report " + story + "\nThe river dam in Valdora" + story
                                + " collapsed on Tuesday, killing at least 40 villagers, the governor said.\nRescue teams arrived by boat."),
                LocalDate.of(2024, 3, 5));
        daily = dated(
                TestCorpus.importText(
                        documents,
                        "Flood " + story + "\nOfficials said 38 villagers died when the" + " Valdora" + story
                                + " dam collapsed.\nThe weather stayed dry on Wednesday."),
                LocalDate.of(2024, 3, 4));
        weekly = dated(
                TestCorpus.importText(
                        documents,
                        "Weekly " + story + "\nThe collapse of the Valdora" + story
                                + " dam reportedly killed nearly 40 people.\nA football match was cancelled."),
                null);
    }

    private DocumentDetails dated(long id, LocalDate published) {
        DocumentDetails d = documents.get(id);
        return documents.correctProvenance(
                id,
                new ProvenanceCorrection(d.title(), null, "Outlet " + id, null, published, null, d.version()),
                "test");
    }

    private StatementView label(DocumentDetails document, String phrase, Label label) {
        signIn("reviewer1", Role.REVIEWER);
        String text = document.text();
        int at = text.indexOf(phrase);
        return annotations.add(
                document.id(), CodePoints.fromUtf16(text, at), CodePoints.fromUtf16(text, at + phrase.length()), label);
    }

    @Test
    void matching_finds_the_same_event_in_other_documents_and_not_the_unrelated_sentences() {
        StatementView statement = label(
                wire,
                "The river dam in Valdora" + story + " collapsed on Tuesday, killing at least 40" + " villagers",
                Label.CONFIRMED);

        List<MatchSuggestion> suggestions = matcher.suggestions(statement.id(), 5);

        assertThat(suggestions).extracting(MatchSuggestion::documentId).contains(daily.id(), weekly.id());
        assertThat(suggestions)
                .extracting(MatchSuggestion::exact)
                .doesNotContain("The weather stayed dry on Wednesday.", "A football match was cancelled.");
        assertThat(suggestions).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo("suggested");
            assertThat(s.score()).isPositive();
        });
    }

    @Test
    void same_claim_builds_the_claim_and_not_the_same_is_never_suggested_again() {
        StatementView statement = label(wire, "killing at least 40 villagers", Label.CONFIRMED);
        MatchSuggestion inDaily = matcher.suggestions(statement.id(), 5).stream()
                .filter(s -> s.documentId() == daily.id())
                .findFirst()
                .orElseThrow();
        MatchSuggestion inWeekly = matcher.suggestions(statement.id(), 5).stream()
                .filter(s -> s.documentId() == weekly.id())
                .findFirst()
                .orElseThrow();

        ClaimView claim = matcher.confirm(statement.id(), daily.id(), inDaily.start(), inDaily.end());
        matcher.reject(statement.id(), weekly.id(), inWeekly.start(), inWeekly.end());

        assertThat(claim.members()).extracting(ClaimMemberView::documentId).containsExactly(wire.id(), daily.id());
        assertThat(claim.members().get(1).exact()).isEqualTo(inDaily.exact());
        assertThat(claims.claimOfStatement(statement.id())).contains(claim.id());
        List<MatchSuggestion> again = matcher.suggestions(statement.id(), 5);
        assertThat(again).noneMatch(s -> s.documentId() == weekly.id() && s.start() == inWeekly.start());
        assertThat(again)
                .filteredOn(s -> s.documentId() == daily.id())
                .first()
                .extracting(MatchSuggestion::state)
                .isEqualTo("confirmed");
    }

    @Test
    void the_board_pages_newest_first_and_each_page_holds_the_same_matrices_as_one_claim_at_a_time() {
        StatementView a = label(wire, "Rescue teams arrived by boat.", Label.CONFIRMED);
        StatementView b = label(daily, "The weather stayed dry on Wednesday.", Label.UNCONFIRMED);
        StatementView c = label(weekly, "A football match was cancelled.", Label.DISPUTED);
        signIn("reviewer1", Role.REVIEWER);
        List<Long> made = java.util.stream.Stream.of(a, b, c)
                .map(s -> claims.create("Paged " + s.quote(), List.of(ClaimService.MemberSpec.statement(s.id())))
                        .id())
                .toList();

        List<ClaimView> whole = claims.list();
        assertThat(claims.count()).isEqualTo(whole.size());
        assertThat(whole).extracting(ClaimView::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (int size : new int[] {1, 2, 1000}) {
            List<ClaimView> paged = new java.util.ArrayList<>();
            for (int page = 0; (long) page * size < whole.size(); page++) {
                ClaimPage onePage = claims.list(page, size);
                assertThat(onePage.total()).isEqualTo(whole.size());
                paged.addAll(onePage.claims());
            }
            assertThat(paged).as("pages of " + size).isEqualTo(whole);
        }
        assertThat(made).allSatisfy(id -> assertThat(whole).contains(claims.get(id)));
        assertThat(claims.list(whole.size(), 10).claims()).isEmpty();
    }

    @Test
    void the_matrix_shows_source_presentation_verdict_date_first_appearance_and_figures() {
        StatementView first = label(wire, "killing at least 40 villagers", Label.CONFIRMED);
        StatementView second = label(daily, "38 villagers died", Label.DISPUTED);
        signIn("reviewer1", Role.REVIEWER);

        ClaimView claim = claims.create(
                "At least 40 died when the Valdora dam collapsed",
                List.of(
                        ClaimService.MemberSpec.statement(first.id()),
                        ClaimService.MemberSpec.statement(second.id()),
                        new ClaimService.MemberSpec(
                                null,
                                weekly.id(),
                                CodePoints.fromUtf16(
                                        weekly.text(), weekly.text().indexOf("reportedly killed nearly 40 people")),
                                CodePoints.fromUtf16(
                                                weekly.text(),
                                                weekly.text().indexOf("reportedly killed nearly 40 people"))
                                        + "reportedly killed nearly 40 people".length(),
                                null,
                                Presentation.HEDGED)));

        assertThat(claim.members())
                .extracting(ClaimMemberView::source)
                .containsExactly("Outlet " + wire.id(), "Outlet " + daily.id(), "Outlet " + weekly.id());
        assertThat(claim.members())
                .extracting(ClaimMemberView::verdict)
                .containsExactly(Label.CONFIRMED, Label.DISPUTED, null);
        assertThat(claim.members())
                .extracting(ClaimMemberView::presentation)
                .last()
                .isEqualTo(Presentation.HEDGED);
        assertThat(claim.members()).extracting(ClaimMemberView::firstAppearance).containsExactly(false, true, false);
        assertThat(claim.derivedStatus()).isEqualTo(Label.DISPUTED);
        assertThat(claim.conflicts())
                .extracting(FigureConflict::describe)
                .containsExactly("Outlet " + wire.id() + ": ≥ 40 vs Outlet " + daily.id() + ": 38");
        assertThat(claim.sourceCount()).isEqualTo(3);
    }

    @Test
    void an_approved_gold_label_counts_and_the_editor_has_the_final_call() {
        StatementView statement = label(wire, "killing at least 40 villagers", Label.UNCONFIRMED);
        ClaimView claim = claims.createFromStatement(statement.id());
        signIn("editor", Role.EDITOR);
        reviews.decide(statement.id(), -1, DecisionKind.OVERRIDE, Label.CONFIRMED, "Two hospitals confirm.");

        claim = claims.get(claim.id());
        assertThat(claim.members().get(0).verdictState()).isEqualTo("approved");
        assertThat(claim.derivedStatus()).isEqualTo(Label.CONFIRMED);

        ClaimView decided = claims.decide(claim.id(), claim.version(), Label.DISPUTED, "Toll revised to 38.");
        assertThat(decided.status()).isEqualTo(Label.DISPUTED);
        assertThat(decided.finalBy()).isEqualTo("editor");
        long stale = claim.version();
        assertThatThrownBy(() -> claims.reword(decided.id(), stale, "New wording"))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void reviewers_link_but_only_editors_word_and_decide() {
        StatementView statement = label(wire, "killing at least 40 villagers", Label.UNCONFIRMED);
        ClaimView claim = claims.createFromStatement(statement.id());

        assertThatThrownBy(() -> claims.decide(claim.id(), claim.version(), Label.CONFIRMED, null))
                .isInstanceOf(AccessDeniedException.class);
        signIn("researcher", Role.RESEARCHER);
        assertThatThrownBy(() -> claims.createFromStatement(statement.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(claims.get(claim.id()).wording()).isEqualTo("killing at least 40 villagers");
    }

    @Test
    void a_statement_joins_one_claim_only_and_bad_spans_are_refused() {
        StatementView statement = label(wire, "killing at least 40 villagers", Label.UNCONFIRMED);
        claims.createFromStatement(statement.id());

        assertThatThrownBy(() -> claims.createFromStatement(statement.id()))
                .hasMessageContaining("already belongs to claim");
        assertThatThrownBy(() -> claims.create("Claim", List.of(ClaimService.MemberSpec.span(wire.id(), 10, 5, null))))
                .hasMessageContaining("lies outside document");
        assertThatThrownBy(() -> claims.create(" ", List.of())).hasMessage("A claim's wording must not be blank.");
    }
}
