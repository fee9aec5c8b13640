package org.credence.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Krippendorff's α (nominal) and Fleiss' κ accumulated one unit at a time, so a corpus of any size is
 * summarised in the memory of a few counters: α from the coincidence matrix, κ from per-unit
 * agreement and category totals for each number of codings (κ is then taken over the most common
 * number, as {@link AgreementCalculator#fleissKappa} does). Same definitions as DKPro Statistics,
 * which AgreementTallyTest uses as the reference.
 */
final class AgreementTally {

    /** Per number of codings m: units, the sum of their observed agreement, and codings per category. */
    private static final class FleissCounts {
        long units;
        double observedSum;
        final Map<Object, Long> categories = new HashMap<>();
    }

    private long units;
    private final Set<String> raters = new TreeSet<>();
    /** Coincidences o(c, k) between categories; symmetric. */
    private final Map<Object, Map<Object, Double>> coincidences = new HashMap<>();

    private final Map<Integer, FleissCounts> bySize = new TreeMap<>();

    /** Adds one unit: each rater's category on it. Units coded fewer than twice do not count. */
    void add(Map<String, ?> codings) {
        int m = codings.size();
        if (m < 2) {
            return;
        }
        units++;
        raters.addAll(codings.keySet());
        Map<Object, Integer> perCategory = new HashMap<>();
        codings.values().forEach(c -> perCategory.merge(c, 1, Integer::sum));
        // Each ordered pair of codings by different raters adds 1 / (m - 1) to the coincidence of their categories.
        for (Map.Entry<Object, Integer> c : perCategory.entrySet()) {
            for (Map.Entry<Object, Integer> k : perCategory.entrySet()) {
                long pairs = (long) c.getValue() * (c.getKey().equals(k.getKey()) ? c.getValue() - 1 : k.getValue());
                if (pairs > 0) {
                    coincidences
                            .computeIfAbsent(c.getKey(), x -> new HashMap<>())
                            .merge(k.getKey(), pairs / (double) (m - 1), Double::sum);
                }
            }
        }
        FleissCounts fleiss = bySize.computeIfAbsent(m, x -> new FleissCounts());
        fleiss.units++;
        long agreeingPairs = 0;
        for (Map.Entry<Object, Integer> c : perCategory.entrySet()) {
            agreeingPairs += (long) c.getValue() * (c.getValue() - 1);
            fleiss.categories.merge(c.getKey(), (long) c.getValue(), Long::sum);
        }
        fleiss.observedSum += agreeingPairs / (double) ((long) m * (m - 1));
    }

    long units() {
        return units;
    }

    Set<String> raters() {
        return raters;
    }

    /** Krippendorff's α (nominal); null when undefined (no units, or a single category). */
    Double krippendorffAlpha() {
        double n = 0;
        double disagreeing = 0;
        Map<Object, Double> totals = new HashMap<>();
        for (Map.Entry<Object, Map<Object, Double>> c : coincidences.entrySet()) {
            for (Map.Entry<Object, Double> k : c.getValue().entrySet()) {
                n += k.getValue();
                totals.merge(c.getKey(), k.getValue(), Double::sum);
                if (!c.getKey().equals(k.getKey())) {
                    disagreeing += k.getValue();
                }
            }
        }
        double expectedDisagreeing = 0;
        for (Map.Entry<Object, Double> c : totals.entrySet()) {
            for (Map.Entry<Object, Double> k : totals.entrySet()) {
                if (!c.getKey().equals(k.getKey())) {
                    expectedDisagreeing += c.getValue() * k.getValue();
                }
            }
        }
        if (n <= 1 || expectedDisagreeing == 0) {
            return null;
        }
        double observed = disagreeing / n;
        double expected = expectedDisagreeing / (n * (n - 1));
        return finite(1 - observed / expected);
    }

    /** Fleiss' κ over the units with the most common number of codings; null when undefined. */
    Double fleissKappa() {
        Map.Entry<Integer, FleissCounts> mode = null;
        for (Map.Entry<Integer, FleissCounts> size : bySize.entrySet()) { // ascending: ties go to the larger
            if (mode == null || size.getValue().units >= mode.getValue().units) {
                mode = size;
            }
        }
        if (mode == null) {
            return null;
        }
        FleissCounts counts = mode.getValue();
        double codings = (double) counts.units * mode.getKey();
        double expected = 0;
        for (long perCategory : counts.categories.values()) {
            double share = perCategory / codings;
            expected += share * share;
        }
        double observed = counts.observedSum / counts.units;
        if (expected >= 1) {
            return null;
        }
        return finite((observed - expected) / (1 - expected));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
