package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.junit.jupiter.api.Test;

/** The streaming tally gives DKPro's figures, on worked examples and on random corpora. */
class AgreementTallyTest {

    private static AgreementTally tally(List<Map<String, ?>> units) {
        AgreementTally tally = new AgreementTally();
        units.forEach(tally::add);
        return tally;
    }

    @Test
    void krippendorffs_example_with_missing_values_gives_0_743_and_leaves_out_units_coded_once() {
        AgreementTally tally = tally(AgreementExamples.krippendorffExampleC());

        assertThat(tally.krippendorffAlpha()).isCloseTo(0.743, within(0.0005));
        assertThat(tally.units()).as("the last unit has one coding").isEqualTo(11);
        assertThat(tally.raters()).containsExactly("coder0", "coder1", "coder2", "coder3");
    }

    @Test
    void fleiss_worked_example_gives_0_210() {
        assertThat(tally(AgreementExamples.fleissExample()).fleissKappa()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void one_category_only_is_undefined_not_nan_and_an_empty_tally_has_no_figures() {
        AgreementTally oneCategory = tally(List.of(Map.of("A", "x", "B", "x"), Map.of("A", "x", "C", "x")));

        assertThat(oneCategory.krippendorffAlpha()).isNull();
        assertThat(oneCategory.fleissKappa()).isNull();
        assertThat(tally(List.of()).krippendorffAlpha()).isNull();
        assertThat(tally(List.of()).fleissKappa()).isNull();
    }

    @Test
    void random_corpora_give_dkpros_alpha_and_kappa() {
        Random random = new Random(20261127);
        String[] reviewers = {"ana", "ben", "cy", "dee", "eve", "fay"};
        String[] labels = {"confirmed", "unconfirmed", "disputed"};
        for (int corpus = 0; corpus < 300; corpus++) {
            List<Map<String, ?>> units = new ArrayList<>();
            int size = 1 + random.nextInt(200);
            double skew = random.nextDouble(); // from random labels to near-agreement
            for (int u = 0; u < size; u++) {
                Map<String, String> codings = new LinkedHashMap<>();
                String usual = labels[random.nextInt(labels.length)];
                for (String reviewer : reviewers) {
                    if (random.nextInt(3) > 0) {
                        codings.put(
                                reviewer, random.nextDouble() < skew ? usual : labels[random.nextInt(labels.length)]);
                    }
                }
                units.add(codings);
            }

            AgreementTally tally = tally(units);

            assertSame("α, corpus " + corpus, tally.krippendorffAlpha(), AgreementCalculator.krippendorffAlpha(units));
            assertSame("κ, corpus " + corpus, tally.fleissKappa(), dkproFleiss(units));
        }
    }

    private static void assertSame(String what, Double tallied, Double dkpro) {
        if (dkpro == null) {
            assertThat(tallied).as(what).isNull();
        } else {
            assertThat(tallied).as(what).isCloseTo(dkpro, within(1e-9));
        }
    }

    /** DKPro's Fleiss' κ over the units with the most common number of codings, larger on ties. */
    private static Double dkproFleiss(List<Map<String, ?>> units) {
        Map<Integer, Integer> bySize = new HashMap<>();
        units.stream().filter(u -> u.size() >= 2).forEach(u -> bySize.merge(u.size(), 1, Integer::sum));
        if (bySize.isEmpty()) {
            return null;
        }
        int mode = bySize.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .orElseThrow()
                .getKey();
        CodingAnnotationStudy study = new CodingAnnotationStudy(mode);
        units.stream()
                .filter(u -> u.size() == mode)
                .forEach(u -> study.addItemAsArray(u.values().toArray()));
        try {
            double kappa = new FleissKappaAgreement(study).calculateAgreement();
            return Double.isFinite(kappa) ? kappa : null;
        } catch (InsufficientDataException undefined) {
            return null;
        }
    }
}
