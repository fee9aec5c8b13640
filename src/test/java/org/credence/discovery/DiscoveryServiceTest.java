package org.credence.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;
import org.credence.document.DocumentService;
import org.credence.project.ProjectService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people do with candidates: accept (a claim with the same places), dismiss (never proposed again),
 * remove a place, merge, split; and who may see them. Each test works in a project of its own.
 */
class DiscoveryServiceTest extends AbstractServiceTest {

    @Autowired
    DiscoveryService discovery;

    @Autowired
    DocumentService documents;

    @Autowired
    ProjectService projects;

    @Autowired
    ClaimService claims;

    @Autowired
    CandidateStore store;

    @Autowired
    PlatformTransactionManager transactions;

    CandidateFixtures fixtures;
    long project;
    List<Long> docs;

    @BeforeEach
    void threeReportsInAProjectOfTheirOwn() {
        signIn("admin", Role.ADMIN);
        project = projects.create("Candidates " + UUID.randomUUID(), null, null).id();
        projects.setMember(project, "reviewer1", Set.of(Role.REVIEWER));
        projects.setMember(project, "editor", Set.of(Role.EDITOR));
        signInTo(project, "editor", Role.EDITOR);
        fixtures = new CandidateFixtures(documents, store, new TransactionTemplate(transactions));
        docs = fixtures.documents(
                "Bridge report A\nAt least 12 people were killed when the bridge collapsed. The mayor resigned.",
                "Bridge report B\nAs many as 20 are feared dead after the bridge fell. The mayor stepped down.",
                "Bridge report C\nThe toll rose to 15 on Tuesday. Officials said the mayor had quit.");
    }

    @Test
    void accepting_makes_a_claim_with_the_same_places_and_it_leaves_the_board() {
        fixtures.replace(project, List.of(toll()));
        CandidateView candidate = only();
        assertThat(candidate.figureNote()).startsWith("counts differ");
        assertThat(candidate.presentations()).containsExactlyInAnyOrder("hedged", "asserted");

        signInTo(project, "reviewer1", Role.REVIEWER);
        CandidateView accepted = discovery.accept(candidate.id());

        assertThat(accepted.status()).isEqualTo(CandidateStatus.ACCEPTED);
        ClaimView claim = claims.get(accepted.claimId());
        assertThat(claim.wording()).isEqualTo(candidate.wording());
        assertThat(claim.members())
                .extracting(m -> m.exact())
                .containsExactlyInAnyOrder(
                        "At least 12 people were killed when the bridge collapsed.",
                        "As many as 20 are feared dead after the bridge fell.",
                        "The toll rose to 15 on Tuesday.");
        assertThat(discovery.candidates(0, 10).items()).isEmpty();
        assertThatThrownBy(() -> discovery.accept(candidate.id()))
                .isInstanceOf(CandidateDecidedException.class)
                .hasMessage("Candidate " + candidate.id() + " was already accepted by reviewer1.");
    }

    @Test
    void a_dismissed_candidate_is_not_proposed_again_but_untouched_proposals_are_replaced() {
        fixtures.replace(project, List.of(toll(), mayor()));
        CandidateView toll = discovery.candidates(0, 10).items().stream()
                .filter(c -> c.figureNote() != null)
                .findFirst()
                .orElseThrow();
        discovery.dismiss(toll.id());

        // The next run finds both again: the dismissed one stays away, the other is proposed afresh.
        int open = fixtures.replace(project, List.of(toll(), mayor()));

        assertThat(open).isEqualTo(1);
        assertThat(discovery.candidates(0, 10).items())
                .singleElement()
                .satisfies(c -> assertThat(c.wording()).contains("mayor"));
    }

    @Test
    void removing_places_reranks_and_leaves_a_single_document_dismissed() {
        fixtures.replace(project, List.of(toll()));
        CandidateView candidate = only();
        long fifteen = memberWith(candidate, "15").id();

        CandidateView two = discovery.removeMember(candidate.id(), fifteen);
        assertThat(two.members()).hasSize(2);
        assertThat(two.documents()).isEqualTo(2);

        CandidateView one =
                discovery.removeMember(candidate.id(), two.members().get(0).id());
        assertThat(one.status()).isEqualTo(CandidateStatus.DISMISSED);
        assertThat(discovery.candidates(0, 10).items()).isEmpty();
        assertThatThrownBy(() -> discovery.removeMember(candidate.id(), 987_654))
                .isInstanceOf(CandidateDecidedException.class);
    }

    @Test
    void two_candidates_merge_into_one_and_one_splits_into_two() {
        fixtures.replace(
                project,
                List.of(
                        List.of(
                                fixtures.place(
                                        docs.get(0), "At least 12 people were killed when the bridge collapsed.", 0.7),
                                fixtures.place(
                                        docs.get(1), "As many as 20 are feared dead after the bridge fell.", 0.7)),
                        List.of(
                                fixtures.place(docs.get(2), "The toll rose to 15 on Tuesday.", 0.6),
                                fixtures.place(docs.get(1), "The mayor stepped down.", 0.6))));
        List<CandidateView> two = discovery.candidates(0, 10).items();
        assertThat(two).hasSize(2);

        CandidateView merged = discovery.merge(two.get(0).id(), two.get(1).id());
        assertThat(merged.members()).hasSize(4);
        assertThat(discovery.candidates(0, 10).items()).hasSize(1);
        assertThatThrownBy(() -> discovery.merge(merged.id(), merged.id()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A candidate cannot be merged with itself.");

        List<Long> mayorAndToll = List.of(
                memberWith(merged, "mayor").id(), memberWith(merged, "15").id());
        CandidateView part = discovery.split(merged.id(), mayorAndToll);
        assertThat(part.members())
                .extracting(CandidateMemberView::id)
                .containsExactlyInAnyOrderElementsOf(mayorAndToll);
        assertThat(discovery.get(merged.id()).members()).hasSize(2);
        assertThatThrownBy(() ->
                        discovery.split(part.id(), List.of(part.members().get(0).id())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two documents at least");
        assertThatThrownBy(() -> discovery.split(part.id(), List.of(987_654L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Name members of candidate " + part.id() + " only.");
    }

    @Test
    void people_outside_the_project_get_not_found_and_candidates_hold_no_ones_labels() {
        fixtures.replace(project, List.of(toll()));
        long id = only().id();

        signIn("reviewer2", Role.REVIEWER); // Default, where this project's candidates do not exist
        assertThatThrownBy(() -> discovery.get(id))
                .isInstanceOf(CandidateNotFoundException.class)
                .hasMessage("Candidate " + id + " does not exist.");
        assertThat(discovery.candidates(0, 10).items())
                .extracting(CandidateView::id)
                .doesNotContain(id);
        // Blind review: nothing a candidate shows comes from a reviewer.
        assertThat(java.util.Arrays.stream(CandidateMemberView.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName))
                .doesNotContain("label", "author", "statementId", "verdict");
    }

    @Test
    void without_matching_by_meaning_a_run_fails_and_says_why() throws InterruptedException {
        DiscoveryRunView started = discovery.start();
        assertThat(discovery.start().id())
                .as("a second start answers the run going, if it still is")
                .isGreaterThanOrEqualTo(started.id());

        long until = System.currentTimeMillis() + 30_000;
        DiscoveryRunView run = discovery.run(started.id());
        while (run.status().equals("RUNNING") && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            run = discovery.run(started.id());
        }
        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message()).contains("credence.semantic.enabled=false");
        assertThat(run.startedBy()).isEqualTo("editor");
    }

    private List<ClaimDiscovery.Member> toll() {
        return List.of(
                fixtures.place(docs.get(0), "At least 12 people were killed when the bridge collapsed.", 0.71),
                fixtures.place(docs.get(1), "As many as 20 are feared dead after the bridge fell.", 0.69),
                fixtures.place(docs.get(2), "The toll rose to 15 on Tuesday.", 0.62));
    }

    private List<ClaimDiscovery.Member> mayor() {
        return List.of(
                fixtures.place(docs.get(0), "The mayor resigned.", 0.66),
                fixtures.place(docs.get(1), "The mayor stepped down.", 0.66));
    }

    private CandidateView only() {
        List<CandidateView> all = discovery.candidates(0, 10).items();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static CandidateMemberView memberWith(CandidateView candidate, String words) {
        return candidate.members().stream()
                .filter(m -> m.exact().contains(words))
                .findFirst()
                .orElseThrow();
    }
}
