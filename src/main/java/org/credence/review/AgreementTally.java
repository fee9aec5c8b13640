package org.credence.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    private final AlphaTally alpha = new AlphaTally(AlphaTally.Metric.NOMINAL);

    private final Map<Integer, FleissCounts> bySize = new TreeMap<>();

    /** Adds one unit: each rater's category on it. Units coded fewer than twice do not count. */
    void add(Map<String, ?> codings) {
        int m = codings.size();
        if (m < 2) {
            return;
        }
        alpha.add(codings);
        Map<Object, Integer> perCategory = new HashMap<>();
        codings.values().forEach(c -> perCategory.merge(c, 1, Integer::sum));
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
        return alpha.units();
    }

    Set<String> raters() {
        return alpha.raters();
    }

    /** Krippendorff's α (nominal); null when undefined (no units, or a single category). */
    Double krippendorffAlpha() {
        return alpha.alpha();
    }

    /** α with its units, reviewers and bootstrap interval. */
    Coefficient krippendorffAlpha(int minimumUnits) {
        return alpha.coefficient(minimumUnits);
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
