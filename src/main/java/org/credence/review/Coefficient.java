package org.credence.review;

/**
 * One agreement coefficient with what it was computed from. {@code value} is null when it cannot be
 * computed (no unit coded twice, or a single category used); {@code tooLittleData} says the units are
 * fewer than the configured minimum, below which a figure is shown but not to be relied on.
 *
 * @param units units coded by two or more reviewers on this dimension
 * @param reviewers reviewers whose codings count
 * @param confidenceInterval 95% bootstrap interval; null when the value is null
 */
public record Coefficient(
        Double value, long units, int reviewers, ConfidenceInterval confidenceInterval, boolean tooLittleData) {

    /**
     * A percentile bootstrap interval: units resampled with replacement 1,000 times (a fixed seed, so
     * the same data always gives the same interval); {@code replicates} counts those where α was
     * defined (a resample of a single category has none), from which the percentiles are taken.
     */
    public record ConfidenceInterval(double low, double high, double level, int replicates) {}
}
