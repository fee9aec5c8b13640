package org.credence.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credence.annotation.Presentation;
import org.junit.jupiter.api.Test;

/** The grouping and ranking rules of discovery, on hand-made pairs: no model needed. */
class SentenceClusteringTest {

    static SentenceClustering.Unit unit(long document, int start) {
        return new SentenceClustering.Unit(document, start, start + 10);
    }

    static SentenceClustering.Pair pair(SentenceClustering.Unit a, SentenceClustering.Unit b, double score) {
        return new SentenceClustering.Pair(a, b, score);
    }

    @Test
    void a_group_holds_one_place_per_document_strongest_pair_first() {
        var a1 = unit(1, 0);
        var a2 = unit(1, 50); // another sentence of document 1
        var b = unit(2, 0);
        var c = unit(3, 0);

        List<List<SentenceClustering.Unit>> groups =
                SentenceClustering.cluster(List.of(pair(a1, b, 0.9), pair(b, c, 0.8), pair(a2, c, 0.7)));

        assertThat(groups).singleElement().satisfies(g -> assertThat(g).containsExactlyInAnyOrder(a1, b, c));
    }

    @Test
    void two_groups_join_only_when_half_the_pairs_between_them_were_found() {
        var a = unit(1, 0);
        var b = unit(2, 0);
        var c = unit(3, 0);
        var d = unit(4, 0);

        // One weak link between {a,b} and {c,d}: one pair of four found, so they stay apart.
        assertThat(SentenceClustering.cluster(List.of(pair(a, b, 0.9), pair(c, d, 0.9), pair(b, c, 0.6))))
                .hasSize(2);
        // Two of four found: one claim told in four places.
        assertThat(SentenceClustering.cluster(
                        List.of(pair(a, b, 0.9), pair(c, d, 0.9), pair(b, c, 0.6), pair(a, d, 0.6))))
                .singleElement()
                .satisfies(g -> assertThat(g).hasSize(4));
    }

    @Test
    void a_pair_joins_a_group_of_four_only_with_half_of_the_eight_pairs_between_them() {
        var a = unit(1, 0);
        var b = unit(2, 0);
        var c = unit(3, 0);
        var d = unit(4, 0);
        var e = unit(5, 0);
        var f = unit(6, 0);
        List<SentenceClustering.Pair> apart = List.of(
                pair(a, b, 0.9), pair(c, d, 0.9), pair(d, e, 0.9), pair(e, f, 0.9), pair(b, c, 0.6), pair(a, d, 0.6));
        List<SentenceClustering.Pair> together = new java.util.ArrayList<>(apart);
        together.addAll(List.of(pair(a, e, 0.6), pair(b, f, 0.6)));

        // {a,b}'s units were found in too few pairs to reach four links (refused from the count alone) ...
        assertThat(SentenceClustering.cluster(
                        List.of(pair(a, b, 0.9), pair(c, d, 0.9), pair(d, e, 0.9), pair(e, f, 0.9), pair(b, c, 0.6))))
                .hasSize(2);
        // ... or in enough, but two of eight found: apart; four of eight: one group of six.
        assertThat(SentenceClustering.cluster(apart)).hasSize(2);
        assertThat(SentenceClustering.cluster(together))
                .singleElement()
                .satisfies(g -> assertThat(g).hasSize(6));
    }

    @Test
    void figures_differ_as_counts_do_and_dates_by_their_year() {
        assertThat(CandidateRanking.figureNote(List.of(
                        member(1, "the group has between 500 and 1,200 fighters"),
                        member(2, "its fighters are thought to number up to 2,200"))))
                .isEqualTo("counts differ: “between 500 and 1,200” · “up to 2,200”");
        assertThat(CandidateRanking.figureNote(List.of(
                        member(1, "Since 2014, the splinter group has been based in the east"),
                        member(2, "The group, which was established in 2015, is based in the east"))))
                .startsWith("dates differ: ");
        assertThat(CandidateRanking.figureNote(List.of(
                        member(1, "It was founded in 2015 in the east"),
                        member(2, "It was established in January 2015 in the east"))))
                .as("one year, once more precisely")
                .isNull();
    }

    @Test
    void a_candidate_with_dozens_of_figures_names_the_first_six_and_counts_the_rest() {
        List<CandidateRanking.Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            members.add(member(i, "The survey counted " + (5000 + 37 * i) + " households in the district"));
        }

        String note = CandidateRanking.figureNote(members);

        assertThat(note)
                .startsWith("counts differ: “5000” · “5037”")
                .endsWith(" and 54 more")
                .hasSizeLessThanOrEqualTo(CandidateRanking.MAX_FIGURE_NOTE);
    }

    @Test
    void more_sources_differing_figures_and_presentations_rank_higher() {
        var plain =
                CandidateRanking.rank(List.of(member(1, "The mayor resigned today."), member(2, "The mayor quit.")));
        var rich = CandidateRanking.rank(List.of(
                new CandidateRanking.Member(1, 10L, "At least 12 were killed", Presentation.ASSERTED, 0.7),
                new CandidateRanking.Member(2, 11L, "As many as 20 are feared dead", Presentation.HEDGED, 0.7),
                new CandidateRanking.Member(3, 12L, "The toll rose to 15", Presentation.ASSERTED, 0.7)));

        assertThat(rich.sources()).isEqualTo(3);
        assertThat(rich.presentations()).isEqualTo("asserted,hedged");
        assertThat(rich.score()).isGreaterThan(plain.score() + 2);
    }

    @Test
    void a_sentence_divides_at_while_and_dashes_into_parts_that_state_something() {
        String sentence = "Officials believe some recruits are Taliban defectors, while there have been unconfirmed"
                + " reports of the Taliban executing a senior figure.";
        List<ClaimUnits.Part> parts = ClaimUnits.of(100, sentence);

        assertThat(parts)
                .extracting(ClaimUnits.Part::text)
                .containsExactly(
                        sentence,
                        "Officials believe some recruits are Taliban defectors",
                        "while there have been unconfirmed reports of the Taliban executing a senior figure.");
        assertThat(parts.get(2).start()).isEqualTo(100 + sentence.indexOf("while"));
        assertThat(ClaimUnits.of(0, "Since 2014, the group has been based in the east - hence the name."))
                .as("a fragment is not a part of its own")
                .hasSize(1);
    }

    private static CandidateRanking.Member member(long document, String exact) {
        return new CandidateRanking.Member(document, null, exact, Presentation.ASSERTED, 0.6);
    }
}
