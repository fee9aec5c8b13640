package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures against published worked examples. */
class AgreementCalculatorTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four coders,
     * twelve units, missing values; nominal α = 0.743.
     */
    @Test
    void krippendorffs_own_example_with_missing_values_gives_0_743() {
        Integer[][] coders = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
        };
        List<Map<String, ?>> units = new ArrayList<>();
        for (int unit = 0; unit < 12; unit++) {
            Map<String, Integer> codings = new HashMap<>();
            for (int coder = 0; coder < 4; coder++) {
                if (coders[coder][unit] != null) {
                    codings.put("coder" + coder, coders[coder][unit]);
                }
            }
            units.add(codings);
        }

        assertThat(AgreementCalculator.krippendorffAlpha(units)).isCloseTo(0.743, within(0.0005));
    }

    /** Wikipedia, "Cohen's kappa": 50 proposals, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no; κ = 0.4. */
    @Test
    void cohens_worked_example_gives_0_4() {
        List<Map<String, ?>> units = new ArrayList<>();
        add(units, 20, "yes", "yes");
        add(units, 5, "yes", "no");
        add(units, 10, "no", "yes");
        add(units, 15, "no", "no");

        assertThat(AgreementCalculator.cohenKappa(units, "A", "B")).isCloseTo(0.4, within(1e-9));
    }

    /** Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories; κ = 0.210. */
    @Test
    void fleiss_worked_example_gives_0_210() {
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        List<Map<String, ?>> units = new ArrayList<>();
        for (int[] subject : counts) {
            Map<String, Integer> codings = new HashMap<>();
            int rater = 0;
            for (int category = 0; category < subject.length; category++) {
                for (int i = 0; i < subject[category]; i++) {
                    codings.put("r" + rater++, category + 1);
                }
            }
            units.add(codings);
        }

        AgreementTally tally = new AgreementTally();
        units.forEach(tally::add);
        assertThat(tally.fleissKappa()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void perfect_agreement_on_one_category_is_undefined_not_nan() {
        List<Map<String, ?>> units = new ArrayList<>();
        add(units, 3, "confirmed", "confirmed");

        assertThat(AgreementCalculator.krippendorffAlpha(units)).isNull();
        assertThat(AgreementCalculator.cohenKappa(units, "A", "B")).isNull();
    }

    @Test
    void raters_who_share_no_unit_have_no_cohen_kappa() {
        List<Map<String, ?>> units = List.of(Map.of("A", "x", "B", "y"), Map.of("C", "x", "D", "x"));

        assertThat(AgreementCalculator.cohenKappa(units, "A", "C")).isNull();
        assertThat(AgreementCalculator.raters(units)).containsExactly("A", "B", "C", "D");
    }

    private static void add(List<Map<String, ?>> units, int times, String a, String b) {
        for (int i = 0; i < times; i++) {
            units.add(Map.of("A", a, "B", b));
        }
    }
}
