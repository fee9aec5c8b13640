package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures against published worked examples. */
class AgreementCalculatorTest {

    @Test
    void krippendorffs_own_example_with_missing_values_gives_0_743() {
        assertThat(AgreementCalculator.krippendorffAlpha(AgreementExamples.krippendorffExampleC()))
                .isCloseTo(0.743, within(0.0005));
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
