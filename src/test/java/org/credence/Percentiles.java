package org.credence;

import java.util.Arrays;
import java.util.Locale;

/** How benchmarks print latencies: "p50 … ms, p95 … ms, p99 … ms, max … ms" from microseconds. */
public final class Percentiles {

    private Percentiles() {}

    public static String ofMicros(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(
                Locale.ROOT,
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                sorted[n / 2] / 1000.0,
                sorted[n * 95 / 100] / 1000.0,
                sorted[n * 99 / 100] / 1000.0,
                sorted[n - 1] / 1000.0);
    }
}
