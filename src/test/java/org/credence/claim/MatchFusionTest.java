package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.credence.base.domain.TextSpan;
import org.credence.search.SearchService;
import org.credence.search.SentenceHit;
import org.junit.jupiter.api.Test;

/**
 * The combined ranking (meaning with the story taken out, telling words, figure kind), reciprocal-rank
 * fusion for one kind of evidence, the lift for a shared figure kind, and the reasons.
 */
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

    @Test
    void ranked_on_both_a_retelling_with_telling_words_beats_a_closer_sentence_about_the_story() {
        SentenceHit story = hit(2, "The Taliban took control of Kabul in August.", 0.72f, List.of());
        SentenceHit retelling = hit(3, "The Taliban reportedly executed a senior commander.", 0.55f, List.of());
        SentenceHit words =
                hit(3, "The Taliban reportedly executed a senior commander.", 7f, List.of(new int[] {23, 31}));

        List<MatchFusion.Candidate> ranked = MatchFusion.byLikeness(
                List.of(
                        new SearchService.Likeness(story, 0.72, 0.10, 0.05),
                        new SearchService.Likeness(retelling, 0.55, 0.35, 0.40)),
                List.of(words),
                "There are unconfirmed reports of the Taliban executing an ISIS-K figure.",
                0.2);

        assertThat(ranked).extracting(c -> c.hit().documentId()).containsExactly(3L, 2L);
        assertThat(ranked.get(0).score()).isCloseTo(0.35 + MatchFusion.WORDS_WEIGHT * 0.40, within(1e-9));
        MatchReason why = ranked.get(0).reason();
        assertThat(why.similarity()).isEqualTo(0.55);
        assertThat(why.sharedTerms()).containsExactly("executed");
        assertThat(why.lexicalRank()).isEqualTo(1);
        assertThat(why.semanticRank()).as("second by plain cosine").isEqualTo(2);
    }

    @Test
    void ranked_on_both_a_sentence_found_only_by_meaning_below_the_floor_is_left_out() {
        SentenceHit far = hit(4, "Schools reopened in the north.", 0.15f, List.of());
        SentenceHit farButSharesWords = hit(5, "Fighters reopened the road.", 0.15f, List.of());
        SentenceHit sameCount = hit(6, "Up to 2,200 fighters remain.", 0.5f, List.of());

        List<MatchFusion.Candidate> ranked = MatchFusion.byLikeness(
                List.of(
                        new SearchService.Likeness(far, 0.15, 0.3, 0),
                        new SearchService.Likeness(farButSharesWords, 0.15, 0.0, 0.2),
                        new SearchService.Likeness(sameCount, 0.5, 0.3, 0)),
                List.of(hit(5, "Fighters reopened the road.", 3f, List.of(new int[] {0, 8}))),
                "It has 500 to 1,200 fighters.",
                0.2);

        assertThat(ranked).extracting(c -> c.hit().documentId()).containsExactly(6L, 5L);
        assertThat(ranked.get(0).score())
                .as("same kind of figure")
                .isCloseTo(0.3 + MatchFusion.FIGURE_BONUS, within(1e-9));
        assertThat(ranked.get(0).reason().sameFigureKinds()).containsExactly("count");
    }

    @Test
    void a_sentence_like_the_first_documents_retellings_wins_its_document_over_one_like_the_statement_alone() {
        float[] claim = {1, 0, 0};
        float[] otherClaim = {0, 1, 0};
        SearchService.Likeness first = like(2, "Nine deaths were confirmed by police.", 0.60, claim);
        SearchService.Likeness second = like(3, "The toll rose to 14 on Monday.", 0.55, claim);
        SearchService.Likeness sameDocumentOtherClaim =
                like(4, "About 3,000 residents were evacuated on Monday.", 0.50, otherClaim);
        SearchService.Likeness sameDocumentThisClaim = like(4, "Fifteen people lost their lives.", 0.45, claim);

        List<MatchFusion.Candidate> ranked = MatchFusion.byLikeness(
                List.of(first, second, sameDocumentOtherClaim, sameDocumentThisClaim),
                List.of(),
                "People were killed in the flood, police said.",
                0.2);

        assertThat(ranked)
                .extracting(c -> c.hit().text())
                .containsSubsequence(
                        "Fifteen people lost their lives.", "About 3,000 residents were evacuated on Monday.");
        MatchFusion.Candidate fifteen = ranked.stream()
                .filter(c -> c.hit().text().startsWith("Fifteen"))
                .findFirst()
                .orElseThrow();
        assertThat(fifteen.score())
                .as("its own likeness plus the feedback weight times its mean likeness to the two retellings (1)")
                .isCloseTo(0.45 + MatchFusion.FEEDBACK_WEIGHT, within(1e-9));
        assertThat(ranked.get(0).hit().documentId())
                .as("the retellings keep their places")
                .isEqualTo(2L);
    }

    @Test
    void a_headline_or_byline_loses_to_a_sentence_as_like_the_statement() {
        SearchService.Likeness headline = like(2, "Keldbridge flood: what we know so far", 0.50, null);
        SearchService.Likeness sentence = like(3, "Police have confirmed nine deaths in Keldbridge.", 0.40, null);

        List<MatchFusion.Candidate> ranked = MatchFusion.byLikeness(
                List.of(headline, sentence), List.of(), "At least 12 people were killed in Keldbridge.", 0.2);

        assertThat(ranked).extracting(c -> c.hit().documentId()).containsExactly(3L, 2L);
        assertThat(ranked.get(1).score()).isCloseTo(0.50 - MatchFusion.HEADING_PENALTY, within(1e-9));
    }

    @Test
    void a_sentence_in_a_report_of_the_statements_story_beats_an_equally_like_one_from_another_story() {
        // Both death tolls read alike; only the report of the same disaster can retell this one's.
        SearchService.Likeness otherDisaster = new SearchService.Likeness(
                hit(2, "Eight people lost their lives at the stadium's gates.", 0.5f, List.of()),
                0.5,
                0.40,
                0,
                null,
                -0.20);
        SearchService.Likeness sameDisaster = new SearchService.Likeness(
                hit(3, "Police have confirmed nine deaths in Keldbridge.", 0.5f, List.of()), 0.5, 0.35, 0, null, 0.60);

        List<MatchFusion.Candidate> ranked = MatchFusion.byLikeness(
                List.of(otherDisaster, sameDisaster), List.of(), "At least 12 people were killed in Keldbridge.", 0.2);

        assertThat(ranked).extracting(c -> c.hit().documentId()).containsExactly(3L, 2L);
        assertThat(ranked.get(0).score()).isCloseTo(0.35 + MatchFusion.SAME_STORY_WEIGHT * 0.60, within(1e-9));
        assertThat(ranked.get(1).score()).isCloseTo(0.40 - MatchFusion.SAME_STORY_WEIGHT * 0.20, within(1e-9));
    }

    @Test
    void a_line_is_a_heading_or_byline_when_it_does_not_end_as_a_sentence() {
        assertThat(MatchFusion.isHeadingOrByline("Keldbridge flood: what we know so far"))
                .isTrue();
        assertThat(MatchFusion.isHeadingOrByline("By Jo Amberley, Signalpost, 26 May 2024"))
                .isTrue();
        assertThat(MatchFusion.isHeadingOrByline("Six people have died.")).isFalse();
        assertThat(MatchFusion.isHeadingOrByline("Did the dam hold? ")).isFalse();
        assertThat(MatchFusion.isHeadingOrByline("\u201cWe will not leave,\u201d she said. \u201cNever.\u201d"))
                .isFalse();
        assertThat(MatchFusion.isHeadingOrByline("The toll may rise (officials said so.)"))
                .isFalse();
        assertThat(MatchFusion.isHeadingOrByline("The figure rose\u2026")).isFalse();
    }

    @Test
    void a_retelling_feeds_back_to_other_documents_only_and_a_rejected_place_never_feeds_back() {
        float[] claim = {1, 0, 0};
        float[] otherClaim = {0, 1, 0};
        SearchService.Likeness first = like(2, "Nine deaths were confirmed by police.", 0.60, claim);
        SearchService.Likeness firstDocumentAgain = like(2, "Police expect the number to rise.", 0.30, claim);
        SearchService.Likeness second = like(3, "About 3,000 residents were evacuated.", 0.55, otherClaim);
        SearchService.Likeness third = like(4, "Fifteen people lost their lives.", 0.20, claim);

        List<MatchFusion.Candidate> ranked = MatchFusion.byLikeness(
                List.of(first, firstDocumentAgain, second, third), List.of(), "People were killed in the flood.", 0.2);
        assertThat(score(ranked, "Police expect"))
                .as("fed by the second document's retelling only (unlike it), never by its own document's")
                .isCloseTo(0.30, within(1e-9));
        assertThat(score(ranked, "Fifteen"))
                .as("mean of 1 (like the first) and 0 (unlike the second)")
                .isCloseTo(0.20 + MatchFusion.FEEDBACK_WEIGHT * 0.5, within(1e-9));

        Map<TextSpan, MatchDecision.Kind> rejectedSecond =
                Map.of(new TextSpan(3, 0, second.hit().end()), MatchDecision.Kind.REJECTED);
        List<MatchFusion.Candidate> afterRejection = MatchFusion.byLikeness(
                List.of(first, firstDocumentAgain, second, third),
                List.of(),
                "People were killed in the flood.",
                0.2,
                rejectedSecond,
                List.of());
        assertThat(score(afterRejection, "Fifteen"))
                .as("the rejected place is no retelling: the next document's best one is (the fourth, itself excluded)")
                .isCloseTo(0.20 + MatchFusion.FEEDBACK_WEIGHT * 1.0, within(1e-9));
    }

    @Test
    void a_place_confirmed_as_the_same_claim_is_the_first_retelling_learned_from() {
        float[] claim = {1, 0, 0};
        float[] otherClaim = {0, 1, 0};
        SearchService.Likeness wrongButFirst = like(2, "About 3,000 residents were evacuated.", 0.60, otherClaim);
        SearchService.Likeness confirmed = like(3, "Nine deaths were confirmed by police.", 0.20, claim);
        SearchService.Likeness inThirdDocument = like(4, "Fifteen people lost their lives.", 0.30, claim);
        SearchService.Likeness otherInThirdDocument = like(4, "Roads were closed on Monday.", 0.35, otherClaim);
        SearchService.Likeness alsoConfirmed = like(5, "The toll rose to 14 on Monday.", 0.21, claim);

        List<MatchFusion.Candidate> ranked = MatchFusion.byLikeness(
                List.of(wrongButFirst, confirmed, inThirdDocument, otherInThirdDocument, alsoConfirmed),
                List.of(),
                "People were killed in the flood.",
                0.2,
                Map.of(
                        new TextSpan(3, 0, confirmed.hit().end()), MatchDecision.Kind.CONFIRMED,
                        new TextSpan(5, 0, alsoConfirmed.hit().end()), MatchDecision.Kind.CONFIRMED),
                List.of());

        assertThat(ranked)
                .extracting(c -> c.hit().text())
                .containsSubsequence("Fifteen people lost their lives.", "Roads were closed on Monday.");
    }

    @Test
    void a_documents_sentence_more_like_another_thing_the_statements_outlet_says_gives_way_to_its_retelling() {
        SearchService.Likeness retelling =
                like(2, "The ministry said it had never been told the convoy's route.", 0.30, new float[] {1, 0.2f, 0});
        SearchService.Likeness sameActorOtherClaim =
                like(2, "The ministry did not answer questions about the strike.", 0.36, new float[] {0.3f, 1, 0});
        SearchService.Likeness otherDocument =
                like(5, "Aid workers said the trucks were clearly marked.", 0.33, new float[] {0, 0, 1});
        List<SearchService.Likeness> near = List.of(retelling, sameActorOtherClaim, otherDocument);
        String statement = "The defence ministry said it had received no notice of the convoy.";
        SearchService.SiblingSentence sibling = new SearchService.SiblingSentence(
                "The defence ministry did not respond to questions.", new float[] {0, 1, 0});
        SearchService.SiblingSentence headline =
                new SearchService.SiblingSentence("Ministry silent on convoy strike", new float[] {0, 1, 0});

        List<MatchFusion.Candidate> alone =
                MatchFusion.byLikeness(near, List.of(), statement, 0.2, Map.of(), List.of());
        List<MatchFusion.Candidate> besideItsSibling =
                MatchFusion.byLikeness(near, List.of(), statement, 0.2, Map.of(), List.of(sibling));
        List<MatchFusion.Candidate> besideAHeadline =
                MatchFusion.byLikeness(near, List.of(), statement, 0.2, Map.of(), List.of(headline));

        assertThat(alone.get(0).hit()).isEqualTo(sameActorOtherClaim.hit());
        assertThat(besideItsSibling)
                .as("the document keeps its place (its best score), and shows its retelling")
                .extracting(c -> c.hit().text())
                .containsExactly(
                        retelling.hit().text(),
                        sameActorOtherClaim.hit().text(),
                        otherDocument.hit().text());
        assertThat(besideItsSibling)
                .as("the sentence shown carries its document's score, so the list stays in order")
                .extracting(MatchFusion.Candidate::score)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .first()
                .isEqualTo(alone.get(0).score());
        assertThat(besideItsSibling.get(0).reason().similarity())
                .as("its reasons are its own")
                .isEqualTo(0.30);
        assertThat(MatchFusion.byLikeness(
                                near,
                                List.of(),
                                statement,
                                0.2,
                                Map.of(key(sameActorOtherClaim), MatchDecision.Kind.CONFIRMED),
                                List.of(sibling))
                        .get(0)
                        .hit())
                .as("a place confirmed as the same claim stays its document's")
                .isEqualTo(sameActorOtherClaim.hit());
        SearchService.Likeness thirdSentence =
                like(2, "The ministry later said the route had been shared.", 0.20, new float[] {1, 0, 0.1f});
        assertThat(MatchFusion.byLikeness(
                                List.of(retelling, sameActorOtherClaim, otherDocument, thirdSentence),
                                List.of(),
                                statement,
                                0.2,
                                Map.of(key(retelling), MatchDecision.Kind.REJECTED),
                                List.of(sibling))
                        .stream()
                        .filter(c -> c.hit().documentId() == 2)
                        .findFirst()
                        .orElseThrow()
                        .hit())
                .as("a rejected place is never its document's: the next one that is not like the sibling is")
                .isEqualTo(thirdSentence.hit());
        assertThat(besideAHeadline.get(0).hit())
                .as("a headline is near every sentence of its story: no sibling to compare with")
                .isEqualTo(sameActorOtherClaim.hit());
    }

    @Test
    void a_line_starting_with_a_small_letter_is_a_wrapped_line_not_a_headline() {
        assertThat(MatchFusion.isHeadingOrByline(
                        "the provincial emergency service said in a statement issued late on Sunday that the"))
                .isFalse();
        assertThat(MatchFusion.isHeadingOrByline(
                        "\u201cWe heard it before we saw it\u201d: Keldbridge wakes to devastation"))
                .isTrue();
        assertThat(MatchFusion.isHeadingOrByline("\u00abNous ne partirons pas\u00bb, a-t-il dit."))
                .isFalse();
        assertThat(MatchFusion.isHeadingOrByline("\u6b7b\u8005\u306f12\u4eba\u3002"))
                .isFalse();
    }

    private static TextSpan key(SearchService.Likeness like) {
        return new TextSpan(
                like.hit().documentId(), like.hit().start(), like.hit().end());
    }

    private static double score(List<MatchFusion.Candidate> ranked, String textStart) {
        return ranked.stream()
                .filter(c -> c.hit().text().startsWith(textStart))
                .findFirst()
                .orElseThrow()
                .score();
    }

    private static SearchService.Likeness like(long document, String text, double centred, float[] vector) {
        return new SearchService.Likeness(hit(document, text, (float) centred, List.of()), centred, centred, 0, vector);
    }
}
