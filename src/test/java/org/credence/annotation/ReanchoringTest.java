package org.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.annotation.Reanchoring.Anchor;
import org.credence.document.WordDiff;
import org.junit.jupiter.api.Test;

class ReanchoringTest {

    private static final String BEFORE = "Kabul, 12 March. Isis-K has between 500 and 1,200 fighters, officials said.\n"
            + "The Taliban denied the report. The group was founded in 2015.\n"
            + "Its leader was killed in Kunar last year, according to unconfirmed reports.\n";

    private static final String AFTER =
            "Kabul, 13 March (updated). Isis-K has between 600 and 1,200 fighters, officials"
                    + " said.\n"
                    + "The group was founded in 2015.\n"
                    + "A correction was appended.\n"
                    + "Its leader was killed in Kunar last year, according to unconfirmed reports.\n";

    private static Anchor carry(String before, String after, String quote) {
        return carry(before, after, before.indexOf(quote), quote.length());
    }

    /** The statement on {@code length} characters from {@code from} (these texts are all in the BMP). */
    private static Anchor carry(String before, String after, int from, int length) {
        StatementSpan span = StatementSpan.of(before, from, from + length);
        return Reanchoring.find(
                span.quote(),
                span.prefix(),
                span.suffix(),
                span.start(),
                span.end(),
                after,
                WordDiff.between(before, after));
    }

    private static String text(Anchor anchor) {
        return AFTER.substring(anchor.start(), anchor.end());
    }

    @Test
    void aQuoteStillThereIsKeptAtItsNewPlace() {
        Anchor anchor = carry(BEFORE, AFTER, "Its leader was killed in Kunar last year");
        assertThat(anchor.outcome()).isEqualTo(CarryOutcome.KEPT);
        assertThat(text(anchor)).isEqualTo("Its leader was killed in Kunar last year");
        assertThat(anchor.start()).isEqualTo(AFTER.indexOf("Its leader"));
    }

    @Test
    void aQuoteWhoseFiguresChangedIsCarriedToTheChangedPassageAndMarked() {
        Anchor anchor = carry(BEFORE, AFTER, "between 500 and 1,200 fighters");
        assertThat(anchor.outcome()).isEqualTo(CarryOutcome.CHANGED);
        assertThat(text(anchor)).isEqualTo("between 600 and 1,200 fighters");
    }

    @Test
    void aQuoteWhoseSentenceWasRemovedVanishes() {
        assertThat(carry(BEFORE, AFTER, "The Taliban denied the report.").outcome())
                .isEqualTo(CarryOutcome.VANISHED);
    }

    @Test
    void aRepeatedQuoteIsFoundWhereItsSurroundingsMatch() {
        String before = "In March 2015 the group formed. In May 2015 it grew.\n";
        String after = "Reports differ. In March 2015 the group formed. In May 2015 it grew.\n";
        Anchor anchor = carry(before, after, before.indexOf("2015", before.indexOf("May")), 4);

        assertThat(anchor.outcome()).isEqualTo(CarryOutcome.KEPT);
        assertThat(anchor.start()).isEqualTo(after.indexOf("2015", after.indexOf("May")));
    }

    @Test
    void aShortQuoteFoundOnlyElsewhereIsNotTakenForItsOwnPlace() {
        String before = "About 500 fighters joined. Officials counted 20 dead.\n";
        String after = "About 700 fighters joined. Officials counted 20 dead; 500 were wounded.\n";
        Anchor anchor = carry(before, after, "500");
        assertThat(anchor.outcome()).isEqualTo(CarryOutcome.CHANGED);
        assertThat(after.substring(anchor.start(), anchor.end())).isEqualTo("700");
    }

    @Test
    void aRewrittenParagraphThatNoLongerReadsLikeTheQuoteVanishes() {
        String before = "The minister resigned on Tuesday after the vote.\n";
        String after = "Weather: sunny spells, light winds from the west.\n";
        assertThat(carry(before, after, "The minister resigned on Tuesday").outcome())
                .isEqualTo(CarryOutcome.VANISHED);
    }

    @Test
    void similarityIsTheShareOfWordsInCommon() {
        assertThat(Reanchoring.similarity("between 500 and 1,200", "between 600 and 1,200"))
                .isEqualTo(0.8);
        assertThat(Reanchoring.similarity("a b", "c d")).isZero();
    }
}
