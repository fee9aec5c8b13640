package org.credence.base.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Answers "does any of these spans overlap [start, end)?" in logarithmic time: the Reader asks it for
 * each of thousands of suggestions against thousands of statements, which compared pairwise took
 * seconds on a long document. Spans are sorted by start with the running maximum of their ends; a
 * span overlaps when one starting before {@code end} ends after {@code start}.
 */
public final class SpanCover {

    private final int[] starts;
    private final int[] maxEndSoFar;

    private SpanCover(int[] starts, int[] maxEndSoFar) {
        this.starts = starts;
        this.maxEndSoFar = maxEndSoFar;
    }

    public static <T> SpanCover of(List<T> spans, ToIntFunction<T> start, ToIntFunction<T> end) {
        int[][] sorted = spans.stream()
                .map(s -> new int[] {start.applyAsInt(s), end.applyAsInt(s)})
                .sorted(Comparator.comparingInt(s -> s[0]))
                .toArray(int[][]::new);
        int[] starts = new int[sorted.length];
        int[] maxEnd = new int[sorted.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i][0];
            max = Math.max(max, sorted[i][1]);
            maxEnd[i] = max;
        }
        return new SpanCover(starts, maxEnd);
    }

    /** Whether a span overlaps [start, end) by at least one character. */
    public boolean overlaps(int start, int end) {
        // The spans starting before end are a prefix of the sorted list; the last index of it:
        int i = Arrays.binarySearch(starts, end);
        int last;
        if (i >= 0) {
            while (i > 0 && starts[i - 1] == end) {
                i--;
            }
            last = i - 1;
        } else {
            last = -i - 2;
        }
        return last >= 0 && maxEndSoFar[last] > start;
    }
}
