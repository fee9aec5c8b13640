package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.credence.annotation.Label;
import org.credence.annotation.LabelledSpan;
import org.credence.annotation.SpanUnits;
import org.credence.annotation.UnitGrouping;
import org.junit.jupiter.api.Test;

/**
 * Span F1 worked by hand. In one document ana marks [0,10) [20,30) [40,50); ben marks [0,10) [20,28)
 * and [60,70). Units: {ana[0,10), ben[0,10)} exact, {ana[20,30), ben[20,28)} overlapping,
 * {ana[40,50)}, {ben[60,70)}. Overlap F1 = 2·2/(3+3) = 0.667, exact F1 = 2·1/6 = 0.333.
 */
class SpanAgreementTallyTest {

    private static long ids;

    private static LabelledSpan span(String author, int start, int end) {
        return new LabelledSpan(++ids, 1, start, end, "x".repeat(end - start), author, Label.CONFIRMED, null, null);
    }

    @Test
    void overlap_and_exact_f1_match_the_hand_computed_values() {
        List<LabelledSpan> document = List.of(
                span("ana", 0, 10),
                span("ben", 0, 10),
                span("ben", 20, 28),
                span("ana", 20, 30),
                span("ana", 40, 50),
                span("ben", 60, 70));
        SpanAgreementTally tally = new SpanAgreementTally();
        tally.addDocument(SpanUnits.of(document, UnitGrouping.DEFAULT));

        SpanAgreement result = tally.result();

        assertThat(result.overlapF1()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(result.exactF1()).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(result.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.reviewerA()).isEqualTo("ana");
            assertThat(pair.reviewerB()).isEqualTo("ben");
            assertThat(pair.documents()).isEqualTo(1);
            assertThat(pair.statements()).isEqualTo(6);
            assertThat(pair.overlapMatches()).isEqualTo(2);
            assertThat(pair.exactMatches()).isEqualTo(1);
        });
    }

    @Test
    void a_reviewer_alone_in_a_document_is_not_compared_on_it() {
        SpanAgreementTally tally = new SpanAgreementTally();
        tally.addDocument(SpanUnits.of(List.of(span("ana", 0, 10)), UnitGrouping.DEFAULT));

        assertThat(tally.result().pairs()).isEmpty();
        assertThat(tally.result().overlapF1()).isNull();
    }
}
