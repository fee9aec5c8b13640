package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credence.search.SentenceHit;
import org.junit.jupiter.api.Test;

/** Reciprocal-rank fusion of the two rankings, the lift for a shared figure kind, and the reasons. */
class MatchFusionTest {

    private static SentenceHit hit(long document, String text, float score, List<int[]> highlights) {
        return new SentenceHit(document, null, 0, text.codePointCount(0, text.length()), text, score, highlights);
    }

    @Test
    void a_sentence_high_in_both_rankings_comes_first_and_says_why() {
        SentenceHit both = hit(2, "Up to 2,200 fighters remain.", 5f, List.of(new int[] {12, 20}));
        SentenceHit lexicalOnly = hit(3, "The fighters left the city.", 6f, List.of(new int[] {4, 12}));
        SentenceHit semanticBoth = hit(2, "Up to 2,200 fighters remain.", 0.81f, List.of());
        SentenceHit semanticOnly = hit(4, "The group is thought to have about 1,000 members.", 0.7f, List.of());

        List<MatchFusion.Candidate> fused = MatchFusion.fuse(
                List.of(lexicalOnly, both), List.of(semanticBoth, semanticOnly), "It has 500 to 1,200 fighters.");

        assertThat(fused).extracting(c -> c.hit().documentId()).containsExactly(2L, 4L, 3L);
        MatchReason first = fused.get(0).reason();
        assertThat(first.sharedTerms()).containsExactly("fighters");
        assertThat(first.similarity()).isEqualTo(0.81);
        assertThat(first.sameFigureKinds()).containsExactly("count");
        assertThat(first.lexicalRank()).isEqualTo(2);
        assertThat(first.semanticRank()).isEqualTo(1);
        assertThat(first.describe()).isEqualTo("similar meaning (0.81) · shares: fighters · both give a count");
        assertThat(fused.get(2).reason().similarity())
                .as("not found by meaning")
                .isNull();
    }

    @Test
    void the_same_figure_kind_lifts_a_sentence_above_an_equal_one_without_a_figure() {
        SentenceHit noFigure = hit(5, "Officials described the attack.", 0.6f, List.of());
        SentenceHit count = hit(6, "At least 170 people died.", 0.6f, List.of());

        List<MatchFusion.Candidate> fused =
                MatchFusion.fuse(List.of(), List.of(noFigure, count), "The toll rose to 180 on Friday.");

        assertThat(fused).extracting(c -> c.hit().documentId()).containsExactly(6L, 5L);
    }
}
