package org.credence.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Published worked examples of agreement measures, as units (rater to category). */
final class AgreementExamples {

    private AgreementExamples() {}

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four coders,
     * twelve units, missing values (the last unit coded once); nominal α = 0.743.
     */
    static List<Map<String, ?>> krippendorffExampleC() {
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
        return units;
    }

    /** Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories; κ = 0.210. */
    static List<Map<String, ?>> fleissExample() {
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
        return units;
    }
}
