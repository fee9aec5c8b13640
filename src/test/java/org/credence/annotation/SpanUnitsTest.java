package org.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units from overlapping selections: the sentence is "Unconfirmed reports of the Taliban executing at
 * least one senior Isis-K figure circulated on Sunday." (0–100 with the full stop).
 */
class SpanUnitsTest {

    private static final String SENTENCE =
            "Unconfirmed reports of the Taliban executing at least one senior Isis-K figure circulated on Sunday.";

    private static long ids;

    private static LabelledSpan statement(String author, int start, int end, Label label) {
        return new LabelledSpan(++ids, 1, start, end, SENTENCE.substring(start, end), author, label, null, null);
    }

    private static List<List<LabelledSpan>> units(UnitGrouping grouping, LabelledSpan... statements) {
        List<LabelledSpan> ordered = new ArrayList<>(List.of(statements));
        ordered.sort(Comparator.comparingInt(LabelledSpan::start)
                .thenComparingInt(LabelledSpan::end)
                .thenComparingLong(LabelledSpan::statementId));
        return SpanUnits.of(ordered, grouping);
    }

    @Test
    void two_reviewers_selecting_a_phrase_and_its_whole_sentence_form_one_unit_with_a_disagreement() {
        int phrase = SENTENCE.indexOf("the Taliban");
        int phraseEnd = SENTENCE.indexOf(" circulated");
        LabelledSpan ana = statement("ana", phrase, phraseEnd, Label.UNCONFIRMED);
        LabelledSpan ben = statement("ben", 0, SENTENCE.length(), Label.CONFIRMED);

        List<List<LabelledSpan>> units = units(UnitGrouping.DEFAULT, ana, ben);

        assertThat(units).singleElement().satisfies(unit -> assertThat(unit).containsExactly(ben, ana));
        assertThat(SpanUnits.text(units.get(0))).isEqualTo(SENTENCE);
        assertThat(units(UnitGrouping.EXACT, ana, ben))
                .as("the stricter rule keeps them apart")
                .hasSize(2);
    }

    @Test
    void three_reviewers_with_nested_spans_form_one_unit() {
        int end = SENTENCE.length();
        LabelledSpan withStop = statement("ana", 0, end, Label.CONFIRMED);
        LabelledSpan withoutStop = statement("ben", 0, end - 1, Label.CONFIRMED);
        LabelledSpan clause = statement("cleo", 0, SENTENCE.indexOf(" circulated"), Label.UNCONFIRMED);

        assertThat(units(UnitGrouping.DEFAULT, withStop, withoutStop, clause))
                .singleElement()
                .satisfies(unit -> assertThat(unit)
                        .extracting(LabelledSpan::author)
                        .containsExactlyInAnyOrder("ana", "ben", "cleo"));
    }

    @Test
    void a_unit_holds_one_statement_per_reviewer_and_the_second_stands_alone() {
        int half = SENTENCE.indexOf(" executing");
        LabelledSpan whole = statement("ana", 0, SENTENCE.length(), Label.CONFIRMED);
        LabelledSpan first = statement("ben", 0, half, Label.CONFIRMED);
        LabelledSpan second = statement("ben", half + 1, SENTENCE.length(), Label.DISPUTED);

        List<List<LabelledSpan>> units = units(UnitGrouping.DEFAULT, whole, first, second);

        assertThat(units).hasSize(2);
        assertThat(units.get(0))
                .as("statements come in text order: ben's first joins ana's")
                .containsExactly(first, whole);
        assertThat(units.get(1)).containsExactly(second);
    }

    @Test
    void spans_sharing_less_than_the_threshold_of_the_shorter_are_apart_and_the_threshold_is_configurable() {
        LabelledSpan ana = statement("ana", 0, 40, Label.CONFIRMED);
        LabelledSpan ben = statement("ben", 30, 70, Label.CONFIRMED); // 10 of 40 shared: 25%

        assertThat(units(UnitGrouping.DEFAULT, ana, ben)).hasSize(2);
        assertThat(units(new UnitGrouping(UnitGrouping.Mode.OVERLAP, 0.25, null), ana, ben))
                .hasSize(1);
        assertThat(units(
                        UnitGrouping.DEFAULT,
                        statement("ana", 0, 10, Label.CONFIRMED),
                        statement("ben", 10, 20, Label.CONFIRMED)))
                .as("touching spans share nothing")
                .hasSize(2);
    }

    @Test
    void every_two_statements_of_a_unit_share_enough_so_a_long_span_does_not_join_two_distant_ones() {
        LabelledSpan sentence = statement("ana", 0, 100, Label.CONFIRMED);
        LabelledSpan start = statement("ben", 0, 20, Label.CONFIRMED);
        LabelledSpan sameStart = statement("cleo", 0, 20, Label.CONFIRMED);
        LabelledSpan end = statement("dan", 80, 100, Label.CONFIRMED);

        List<List<LabelledSpan>> units = units(UnitGrouping.DEFAULT, sentence, start, sameStart, end);

        assertThat(units).hasSize(2);
        assertThat(units.get(0)).containsExactlyInAnyOrder(sentence, start, sameStart);
        assertThat(units.get(1)).containsExactly(end);
    }

    @Test
    void a_threshold_outside_zero_to_one_is_refused_with_the_property_name() {
        assertThatThrownBy(() -> new UnitGrouping(UnitGrouping.Mode.OVERLAP, 0.0, null))
                .hasMessageContaining("credence.agreement.min-overlap");
        assertThatThrownBy(() -> new UnitGrouping(UnitGrouping.Mode.OVERLAP, 1.5, null))
                .hasMessageContaining("above 0 and at most 1");
        assertThatThrownBy(() -> new UnitGrouping(null, null, 0)).hasMessageContaining("minimum-units");
    }

    @Test
    void units_stream_in_the_order_of_their_first_statement_and_end_with_their_document() {
        List<LabelledSpan> rows = new ArrayList<>(List.of(
                new LabelledSpan(1, 1, 0, 50, "x".repeat(50), "ana", Label.CONFIRMED, null, null),
                new LabelledSpan(2, 1, 10, 20, "x".repeat(10), "ben", Label.CONFIRMED, null, null),
                new LabelledSpan(3, 1, 12, 20, "x".repeat(8), "cleo", Label.CONFIRMED, null, null),
                new LabelledSpan(4, 1, 60, 70, "x".repeat(10), "ana", Label.CONFIRMED, null, null),
                new LabelledSpan(5, 2, 0, 50, "x".repeat(50), "ben", Label.CONFIRMED, null, null),
                new LabelledSpan(6, 2, 0, 50, "x".repeat(50), "ana", Label.CONFIRMED, null, null)));
        List<List<Long>> units = new ArrayList<>();
        List<Integer> openWhenPassed = new ArrayList<>();
        int[] added = {0};
        UnitStream<LabelledSpan> stream = new UnitStream<>(UnitGrouping.DEFAULT, LabelledSpan::documentId, unit -> {
            units.add(unit.members().stream().map(LabelledSpan::statementId).toList());
            openWhenPassed.add(added[0]);
        });
        for (LabelledSpan row : rows) {
            stream.add(row);
            added[0]++;
        }
        stream.finish();

        // ana's [0,50) shares only 10 of ben's 10 but ben's and cleo's share 8 of 8: {1,2} then {3} (cleo
        // shares 8/8 with ben but ben is in unit 1 with ana, and 8 of cleo's 8 with ana too: joins {1,2}).
        assertThat(units).containsExactly(List.of(1L, 2L, 3L), List.of(4L), List.of(5L, 6L));
        assertThat(openWhenPassed.get(0))
                .as("the first unit is passed on when statement 4 starts past its end, not at the end")
                .isEqualTo(3);
    }
}
