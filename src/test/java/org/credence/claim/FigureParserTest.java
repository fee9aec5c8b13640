package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures as news reports phrase them, read into intervals; sentences written for this test. */
class FigureParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        The agency counted between 500 and 1,200 fighters last year.     | 500    | 1200   | false
        Officials put the number at up to 2,200 militants.               | -      | 2200   | false
        There were between 1,000 and 2,200 members, the panel said.       | 1000   | 2200   | false
        Police said a hundred people had gathered.                        | 100    | 100    | false
        Nearly 100 homes were destroyed.                                  | -      | 100    | true
        More than 250 prisoners escaped.                                  | 250    | -      | false
        About 5,000 detainees walked free.                                | 5000   | 5000   | true
        Some 2.5 million people fled.                                     | 2500000 | 2500000 | true
        Hundreds of fighters surrendered.                                 | 200    | 999    | true
        At least 170 people died in the blasts.                           | 170    | -      | false
        It has 3,000 to 4,000 members.                                    | 3000   | 4000   | false
        Two thousand troops remain.                                       | 2000   | 2000   | false
        """)
    void counts_are_read_as_intervals(String sentence, Double low, Double high, boolean approximate) {
        Figure figure = FigureParser.parse(sentence).get(0);

        assertThat(figure.kind()).isEqualTo(Figure.Kind.COUNT);
        assertThat(figure.low()).isEqualTo(low);
        assertThat(figure.high()).isEqualTo(high);
        assertThat(figure.approximate()).isEqualTo(approximate);
    }

    @Test
    void dates_are_read_as_periods_and_a_year_in_context_is_not_a_count() {
        assertThat(FigureParser.parse("The branch was founded in January 2015 in the east."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Figure.Kind.DATE);
                    assertThat(f.low())
                            .isEqualTo((double) LocalDate.of(2015, 1, 1).toEpochDay());
                    assertThat(f.high())
                            .isEqualTo((double) LocalDate.of(2015, 1, 31).toEpochDay());
                });
        assertThat(FigureParser.parse("It has been active since 2014."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.low())
                            .isEqualTo((double) LocalDate.of(2014, 1, 1).toEpochDay());
                    assertThat(f.high()).isNull();
                });
        assertThat(FigureParser.parse("On 26 August 2021 two blasts hit the gate."))
                .first()
                .satisfies(f -> assertThat(f.low())
                        .isEqualTo((double) LocalDate.of(2021, 8, 26).toEpochDay()));
    }

    @Test
    void articles_and_pronouns_are_not_figures() {
        assertThat(FigureParser.parse("One of the groups said it was one step closer."))
                .isEmpty();
    }

    @Test
    void a_sentence_with_several_figures_gives_them_in_order() {
        List<Figure> figures =
                FigureParser.parse("At least 13 soldiers and about 60 civilians died on 26 August 2021.");

        assertThat(figures).extracting(Figure::describe).containsExactly("≥ 13", "~60", "2021-08-26");
    }

    @Test
    void disagreement_compares_stated_bounds_and_tolerates_approximation() {
        Figure unReport = FigureParser.parse("between 500 and 1,200 fighters").get(0);
        Figure upTo = FigureParser.parse("up to 2,200 fighters").get(0);
        Figure council = FigureParser.parse("between 1,000 and 2,200 fighters").get(0);

        assertThat(FigureComparison.disagree(unReport, upTo)).isTrue();
        assertThat(FigureComparison.disagree(unReport, council)).isTrue();
        assertThat(FigureComparison.disagree(upTo, council)).isFalse();
        assertThat(FigureComparison.disagree(
                        FigureParser.parse("nearly 100 homes").get(0),
                        FigureParser.parse("a hundred homes").get(0)))
                .isFalse();
        assertThat(FigureComparison.disagree(
                        FigureParser.parse("more than 250 prisoners").get(0),
                        FigureParser.parse("about 200 prisoners").get(0)))
                .isTrue();
        assertThat(FigureComparison.disagree(
                        FigureParser.parse("in 2015").get(0),
                        FigureParser.parse("since 2014").get(0)))
                .isFalse();
        assertThat(FigureComparison.disagree(
                        FigureParser.parse("in January 2015").get(0),
                        FigureParser.parse("in March 2016").get(0)))
                .isTrue();
    }
}
