package org.credence.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.base.domain.CodePoints;

/**
 * Splits a document into sentence units: first at line breaks (headlines and captions have no full
 * stop), then with the JDK's sentence rules. Offsets are code points; leading and trailing white
 * space is left out of each unit.
 */
public final class Sentences {

    private Sentences() {}

    public static List<SentenceSpan> of(String text) {
        List<SentenceSpan> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        int lineStart = 0;
        int codePointsBefore = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            breaks.setText(line);
            for (int start = breaks.first(), end = breaks.next();
                    end != BreakIterator.DONE;
                    start = end, end = breaks.next()) {
                int from = start;
                int to = end;
                while (from < to && Character.isWhitespace(line.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                    to--;
                }
                if (to > from) {
                    int startCp = codePointsBefore + CodePoints.fromUtf16(line, from);
                    int endCp = codePointsBefore + CodePoints.fromUtf16(line, to);
                    sentences.add(new SentenceSpan(startCp, endCp, line.substring(from, to)));
                }
            }
            codePointsBefore += CodePoints.length(line) + 1; // the line break
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** The sentences overlapping [start, end), joined with single spaces: the context of a statement. */
    public static List<SentenceSpan> covering(List<SentenceSpan> sentences, int start, int end) {
        return sentences.stream().filter(s -> s.overlaps(start, end)).toList();
    }

    /**
     * The sentences overlapping [start, end), joined with single spaces; found by binary search, as
     * exports ask this for every statement. Empty when the span covers no sentence (white space only).
     */
    public static String around(List<SentenceSpan> sentences, int start, int end) {
        int low = 0;
        int high = sentences.size();
        while (low < high) { // the first sentence ending after start
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).end() <= start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        StringBuilder joined = new StringBuilder();
        for (int i = low; i < sentences.size() && sentences.get(i).start() < end; i++) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(sentences.get(i).text());
        }
        return joined.toString();
    }
}
