package org.credence.review;

import java.util.SplittableRandom;

/**
 * Draws for the bootstrap from a seeded generator with StrictMath only, so a dataset card's interval
 * is the same digits on every machine and Java version.
 */
final class Resampling {

    /** Above this mean a binomial draw uses the normal approximation (error far below the interval's rounding). */
    private static final double EXACT_UP_TO_MEAN = 30;

    private Resampling() {}

    /**
     * How many of {@code n} draws with replacement fall on each outcome, outcomes having these counts:
     * one binomial per outcome, conditioned on the draws and counts left, so the shares are exact.
     */
    static double[] multinomial(long n, long[] counts, SplittableRandom random) {
        double[] drawn = new double[counts.length];
        long drawsLeft = n;
        long countLeft = 0;
        for (long count : counts) {
            countLeft += count;
        }
        for (int i = 0; i < counts.length && drawsLeft > 0; i++) {
            long k = i == counts.length - 1 ? drawsLeft : binomial(drawsLeft, counts[i] / (double) countLeft, random);
            drawn[i] = k;
            drawsLeft -= k;
            countLeft -= counts[i];
        }
        return drawn;
    }

    static long binomial(long n, double p, SplittableRandom random) {
        if (p <= 0 || n == 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(n, 1 - p, random);
        }
        if (n * p < EXACT_UP_TO_MEAN) {
            // Waiting times between successes are geometric; count those that fit in n trials.
            double logQ = StrictMath.log1p(-p);
            long successes = 0;
            long trials = 0;
            while (true) {
                trials += (long) StrictMath.floor(StrictMath.log(1 - random.nextDouble()) / logQ) + 1;
                if (trials > n) {
                    return successes;
                }
                successes++;
            }
        }
        double gaussian = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()))
                * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
        long drawn = StrictMath.round(n * p + gaussian * StrictMath.sqrt(n * p * (1 - p)));
        return Math.max(0, Math.min(n, drawn));
    }
}
