package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credence.document.WordDiff.Change;
import org.credence.document.WordDiff.Segment;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static final String BEFORE = "Isis-K has between 500 and 1,200 fighters.\n"
            + "The group was founded in 2015.\n"
            + "Its leader was killed in Kunar.\n";
    private static final String AFTER = "Isis-K has between 600 and 1,200 fighters.\n"
            + "The group was founded in 2015.\n"
            + "A spokesman denied the report.\n"
            + "Its leader was killed in Kunar.\n";

    @Test
    void marksChangedWordsInsideAParagraphAndWholeAddedParagraphs() {
        WordDiff diff = WordDiff.between(BEFORE, AFTER);

        assertThat(diff.segments())
                .containsExactly(
                        new Segment(Change.SAME, "Isis-K has between "),
                        new Segment(Change.REMOVED, "500"),
                        new Segment(Change.ADDED, "600"),
                        new Segment(Change.SAME, " and 1,200 fighters.\nThe group was founded in 2015.\n"),
                        new Segment(Change.ADDED, "A spokesman denied the report.\n"),
                        new Segment(Change.SAME, "Its leader was killed in Kunar.\n"));
        assertThat(diff.changedWords()).isEqualTo(2 + 5);
        assertThat(diff.unchanged()).isFalse();
    }

    @Test
    void joiningTheSegmentsGivesBothTextsBack() {
        WordDiff diff = WordDiff.between(BEFORE, AFTER);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (Segment s : diff.segments()) {
            if (s.change() != Change.ADDED) {
                before.append(s.text());
            }
            if (s.change() != Change.REMOVED) {
                after.append(s.text());
            }
        }
        assertThat(before).hasToString(BEFORE);
        assertThat(after).hasToString(AFTER);
    }

    @Test
    void carriesPositionsOfUnchangedTextAndSnapsChangedOnesToWhatReplacedThem() {
        WordDiff diff = WordDiff.between(BEFORE, AFTER);
        int leader = BEFORE.indexOf("Its leader");
        int five = BEFORE.indexOf("500");

        assertThat(diff.keeps(leader)).isTrue();
        assertThat(diff.startAfter(leader)).isEqualTo(AFTER.indexOf("Its leader"));
        assertThat(diff.endAfter(BEFORE.indexOf("Kunar") + 5)).isEqualTo(AFTER.indexOf("Kunar") + 5);
        // "500" was replaced: a span starting there starts where "600" does, one ending there ends after it
        assertThat(diff.keeps(five)).isFalse();
        assertThat(diff.startAfter(five)).isEqualTo(AFTER.indexOf("600"));
        assertThat(diff.endAfter(five + 3)).isEqualTo(AFTER.indexOf("600") + 3);
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String before = "😀 A claim about 𝔘nicode.\n";
        String after = "😀 A claim about 𝔘nicode, revised.\n";
        WordDiff diff = WordDiff.between(before, after);
        int claimCodePoints = before.codePointCount(0, before.indexOf("claim"));

        assertThat(diff.startAfter(claimCodePoints)).isEqualTo(claimCodePoints);
        assertThat(diff.segments())
                .containsExactly(
                        new Segment(Change.SAME, "😀 A claim about 𝔘nicode"),
                        new Segment(Change.ADDED, ", revised"),
                        new Segment(Change.SAME, ".\n"));
        int dot = before.codePointCount(0, before.indexOf('.'));
        assertThat(diff.startAfter(dot)).isEqualTo(dot + ", revised".length());
    }

    @Test
    void identicalTextsAreOneUnchangedSegment() {
        WordDiff diff = WordDiff.between(BEFORE, BEFORE);
        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.segments()).isEqualTo(List.of(new Segment(Change.SAME, BEFORE)));
        assertThat(diff.changedWords()).isZero();
    }

    @Test
    void aRewriteBeyondTheWordLimitIsShownAsRemovedAndAddedWhole() {
        String before = "word ".repeat(WordDiff.MAX_WORD_DIFF_TOKENS);
        String after = "other ".repeat(WordDiff.MAX_WORD_DIFF_TOKENS);
        WordDiff diff = WordDiff.between(before, after);
        assertThat(diff.segments())
                .containsExactly(new Segment(Change.REMOVED, before), new Segment(Change.ADDED, after));
    }

    @Test
    void aParagraphMostlyRewrittenIsShownRemovedAndAddedWholeNotAsAlternatingScraps() {
        String before = "Intro stays, 12 dead.\nThe mayor blamed the contractor for the delays.\n";
        String after = "Intro stays, 15 dead.\nCorrection: an earlier version misattributed a quote.\n";
        assertThat(WordDiff.between(before, after).segments())
                .containsExactly(
                        new Segment(Change.SAME, "Intro stays, "),
                        new Segment(Change.REMOVED, "12"),
                        new Segment(Change.ADDED, "15"),
                        new Segment(Change.SAME, " dead.\n"),
                        new Segment(Change.REMOVED, "The mayor blamed the contractor for the delays.\n"),
                        new Segment(Change.ADDED, "Correction: an earlier version misattributed a quote.\n"));
    }
}
