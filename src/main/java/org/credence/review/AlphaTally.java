package org.credence.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Krippendorff's α for one dimension (labels, presentation, credibility grades), accumulated one unit
 * at a time in the memory of a few counters: a unit counts only as its <em>pattern</em>, the sorted
 * values its reviewers gave, because α depends on nothing else. So a million units are a few dozen
 * counts, and the bootstrap resamples patterns instead of units.
 * <p>
 * Definitions from Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): the coincidence
 * matrix o(c,k), α = 1 − (n − 1) Σ o(c,k) δ²(c,k) / Σ n(c) n(k) δ²(c,k), with δ² the nominal metric
 * (0 if equal, else 1) or the ordinal one (the values between c and k, by their frequencies).
 */
final class AlphaTally {

    enum Metric {
        NOMINAL,
        /** Values must be comparable; their order is the scale's. */
        ORDINAL
    }

    static final int REPLICATES = 1_000;
    static final long SEED = 20_261_203L;

    private final Metric metric;
    private final Map<List<Comparable<?>>, Long> patterns = new HashMap<>();
    private final Set<String> raters = new TreeSet<>();
    private long units;

    AlphaTally(Metric metric) {
        this.metric = metric;
    }

    /** Adds one unit: each reviewer's value, null for none. Units with fewer than two values do not count. */
    void add(Map<String, ?> codings) {
        List<Comparable<?>> values = new ArrayList<>();
        List<String> coders = new ArrayList<>();
        codings.forEach((rater, value) -> {
            if (value != null) {
                values.add((Comparable<?>) value);
                coders.add(rater);
            }
        });
        if (values.size() < 2) {
            return;
        }
        values.sort(null);
        patterns.merge(List.copyOf(values), 1L, Long::sum);
        raters.addAll(coders);
        units++;
    }

    long units() {
        return units;
    }

    Set<String> raters() {
        return raters;
    }

    Double alpha() {
        List<List<Comparable<?>>> kinds = sortedPatterns();
        double[] counts = new double[kinds.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = patterns.get(kinds.get(i));
        }
        return alpha(kinds, counts);
    }

    /** α with its figures and a 95% bootstrap interval; {@code tooLittleData} below {@code minimumUnits}. */
    Coefficient coefficient(int minimumUnits) {
        Double value = alpha();
        return new Coefficient(
                value, units, raters.size(), value == null ? null : confidenceInterval(), units < minimumUnits);
    }

    /**
     * Percentile interval over {@link #REPLICATES} resamplings of the units with replacement: each
     * replicate draws as many units as there are, which for patterns is one multinomial draw of their
     * counts. Replicates where α is undefined (a single category drawn) are left out.
     */
    Coefficient.ConfidenceInterval confidenceInterval() {
        List<List<Comparable<?>>> kinds = sortedPatterns();
        long[] counts = new long[kinds.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = patterns.get(kinds.get(i));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] alphas = new double[REPLICATES];
        int defined = 0;
        for (int r = 0; r < REPLICATES; r++) {
            Double alpha = alpha(kinds, Resampling.multinomial(units, counts, random));
            if (alpha != null) {
                alphas[defined++] = alpha;
            }
        }
        if (defined < REPLICATES / 2) {
            return null;
        }
        java.util.Arrays.sort(alphas, 0, defined);
        return new Coefficient.ConfidenceInterval(
                alphas[(int) Math.floor(0.025 * (defined - 1))],
                alphas[(int) Math.ceil(0.975 * (defined - 1))],
                0.95,
                defined);
    }

    /** Patterns in the order of their text, so sums and draws (and so the digits) never depend on hashing. */
    private List<List<Comparable<?>>> sortedPatterns() {
        Map<String, List<Comparable<?>>> byText = new TreeMap<>();
        patterns.keySet().forEach(p -> byText.put(p.toString(), p));
        return new ArrayList<>(byText.values());
    }

    /** α of units of these patterns in these numbers; null when undefined. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Double alpha(List<List<Comparable<?>>> kinds, double[] counts) {
        TreeMap<Comparable, Integer> index = new TreeMap<>();
        kinds.forEach(p -> p.forEach(v -> index.putIfAbsent(v, 0)));
        int i = 0;
        for (Map.Entry<Comparable, Integer> e : index.entrySet()) {
            e.setValue(i++);
        }
        int categories = index.size();
        double[][] o = new double[categories][categories];
        for (int p = 0; p < kinds.size(); p++) {
            if (counts[p] == 0) {
                continue;
            }
            List<Comparable<?>> values = kinds.get(p);
            int m = values.size();
            int[] perCategory = new int[categories];
            values.forEach(v -> perCategory[index.get(v)]++);
            for (int c = 0; c < categories; c++) {
                for (int k = 0; k < categories; k++) {
                    long pairs = (long) perCategory[c] * (c == k ? perCategory[c] - 1 : perCategory[k]);
                    o[c][k] += counts[p] * pairs / (m - 1);
                }
            }
        }
        double[] marginal = new double[categories];
        double n = 0;
        for (int c = 0; c < categories; c++) {
            for (int k = 0; k < categories; k++) {
                marginal[c] += o[c][k];
            }
            n += marginal[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < categories; c++) {
            for (int k = 0; k < categories; k++) {
                double d = delta2(c, k, marginal);
                observed += o[c][k] * d;
                expected += marginal[c] * marginal[k] * d;
            }
        }
        if (n <= 1 || expected == 0) {
            return null;
        }
        double alpha = 1 - (n - 1) * observed / expected;
        return Double.isFinite(alpha) ? alpha : null;
    }

    /** Squared distance between the c-th and k-th values in scale order. */
    private double delta2(int c, int k, double[] marginal) {
        if (c == k) {
            return 0;
        }
        if (metric == Metric.NOMINAL) {
            return 1;
        }
        int low = Math.min(c, k);
        int high = Math.max(c, k);
        double between = 0;
        for (int g = low; g <= high; g++) {
            between += marginal[g];
        }
        double d = between - (marginal[c] + marginal[k]) / 2;
        return d * d;
    }
}
