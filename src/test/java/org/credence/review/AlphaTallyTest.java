package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.junit.jupiter.api.Test;

/** α with the nominal and ordinal metrics against Krippendorff's worked example, and its bootstrap interval. */
class AlphaTallyTest {

    private static AlphaTally tally(AlphaTally.Metric metric, List<Map<String, ?>> units) {
        AlphaTally tally = new AlphaTally(metric);
        units.forEach(tally::add);
        return tally;
    }

    @Test
    void krippendorffs_example_c_gives_the_published_nominal_and_ordinal_values() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": α nominal 0.743, ordinal 0.815.
        List<Map<String, ?>> units = AgreementExamples.krippendorffExampleC();

        assertThat(tally(AlphaTally.Metric.NOMINAL, units).alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(tally(AlphaTally.Metric.ORDINAL, units).alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(tally(AlphaTally.Metric.ORDINAL, units).units())
                .as("the unit coded once does not count")
                .isEqualTo(11);
    }

    @Test
    void the_ordinal_alpha_equals_dkpros() {
        List<Map<String, ?>> units = AgreementExamples.krippendorffExampleC();
        List<String> raters = AgreementCalculator.raters(units);
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters.size());
        units.stream()
                .filter(u -> u.size() >= 2)
                .forEach(u -> study.addItemAsArray(raters.stream().map(u::get).toArray()));
        double dkpro = new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction()).calculateAgreement();

        assertThat(tally(AlphaTally.Metric.ORDINAL, units).alpha()).isCloseTo(dkpro, within(1e-9));
    }

    @Test
    void an_ordinal_near_miss_costs_less_than_a_far_one() {
        List<Map<String, ?>> base =
                List.of(Map.of("a", 1, "b", 1), Map.of("a", 3, "b", 3), Map.of("a", 5, "b", 5), Map.of("a", 2, "b", 2));
        List<Map<String, ?>> near = new java.util.ArrayList<>(base);
        near.add(Map.of("a", 1, "b", 2));
        List<Map<String, ?>> far = new java.util.ArrayList<>(base);
        far.add(Map.of("a", 1, "b", 5));

        assertThat(tally(AlphaTally.Metric.ORDINAL, near).alpha())
                .isGreaterThan(tally(AlphaTally.Metric.ORDINAL, far).alpha());
        assertThat(tally(AlphaTally.Metric.NOMINAL, near).alpha())
                .as("nominally both are one disagreement")
                .isCloseTo(tally(AlphaTally.Metric.NOMINAL, far).alpha(), within(0.05));
    }

    @Test
    void the_bootstrap_interval_holds_the_value_and_is_the_same_every_time() {
        List<Map<String, ?>> units = AgreementExamples.krippendorffExampleC();
        Coefficient first = tally(AlphaTally.Metric.NOMINAL, units).coefficient(30);
        Coefficient second = tally(AlphaTally.Metric.NOMINAL, units).coefficient(30);

        assertThat(first.confidenceInterval()).isEqualTo(second.confidenceInterval());
        assertThat(first.confidenceInterval().low()).isLessThan(first.value());
        assertThat(first.confidenceInterval().high())
                .isGreaterThanOrEqualTo(first.value())
                .isLessThanOrEqualTo(1.0);
        assertThat(first.confidenceInterval().replicates())
                .as("resamples where α is defined")
                .isBetween(500, 1000);
        assertThat(first.units()).isEqualTo(11);
        assertThat(first.reviewers()).isEqualTo(4);
        assertThat(first.tooLittleData()).as("11 units < 30").isTrue();
        assertThat(tally(AlphaTally.Metric.NOMINAL, units).coefficient(10).tooLittleData())
                .isFalse();
    }

    @Test
    void on_many_units_the_interval_narrows_around_the_value() {
        AlphaTally tally = new AlphaTally(AlphaTally.Metric.NOMINAL);
        for (int i = 0; i < 100_000; i++) {
            String a = i % 10 == 0 ? "x" : i % 2 == 0 ? "y" : "z";
            String b = i % 2 == 0 ? "y" : "z";
            tally.add(Map.of("a", a, "b", b));
        }
        Coefficient alpha = tally.coefficient(30);

        assertThat(alpha.confidenceInterval().high()
                        - alpha.confidenceInterval().low())
                .isLessThan(0.02);
        assertThat(alpha.value())
                .isBetween(
                        alpha.confidenceInterval().low(),
                        alpha.confidenceInterval().high());
    }

    @Test
    void a_single_category_has_no_alpha_and_no_interval() {
        Coefficient alpha = tally(AlphaTally.Metric.NOMINAL, List.of(Map.of("a", "x", "b", "x")))
                .coefficient(30);
        assertThat(alpha.value()).isNull();
        assertThat(alpha.confidenceInterval()).isNull();
    }

    @Test
    void null_codings_are_missing_values() {
        AlphaTally tally = new AlphaTally(AlphaTally.Metric.NOMINAL);
        java.util.Map<String, Object> codings = new java.util.HashMap<>();
        codings.put("a", "x");
        codings.put("b", null);
        tally.add(codings);
        assertThat(tally.units()).isZero();
    }
}
