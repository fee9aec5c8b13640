package org.credence.annotation;

import java.util.HashMap;
import java.util.Map;
import org.credence.base.domain.CodePoints;
import org.credence.document.WordDiff;

/**
 * Finds a statement of an earlier version of an article again in the later one, as Hypothesis re-anchors
 * annotations: first its exact quote (where it occurs more than once, the place whose surrounding text —
 * the stored prefix and suffix — matches best, then the place the word diff carries it to); failing that,
 * the stretch the word diff carries its span to, if that still reads mostly like the quote. Never
 * silent: the outcome says which.
 */
final class Reanchoring {

    /** Share of words (Dice) a changed passage must have in common with the quote to count as the same passage. */
    static final double MIN_SIMILARITY = 0.5;

    /** Quotes of at most this many words are judged by their surroundings when their words changed. */
    static final int SHORT_QUOTE_WORDS = 2;

    /** A quote this long found verbatim is the same passage wherever it now is. */
    static final int TRUSTED_QUOTE_LENGTH = 40;

    /** Characters of the surrounding text a shorter quote's new place must share with its old one. */
    static final int MIN_SHARED_CONTEXT = 8;

    record Anchor(CarryOutcome outcome, int start, int end) {
        static final Anchor VANISHED = new Anchor(CarryOutcome.VANISHED, -1, -1);
    }

    private Reanchoring() {}

    static Anchor find(String quote, String prefix, String suffix, int start, int end, String text, WordDiff diff) {
        int carriedStart = diff.startAfter(start);
        Anchor exact = exactQuote(quote, prefix, suffix, carriedStart, text);
        if (exact != null) {
            return exact;
        }
        int from = carriedStart;
        int to = Math.max(from, diff.endAfter(end));
        int utf16From = CodePoints.toUtf16(text, from);
        int utf16To = CodePoints.toUtf16(text, to);
        String candidate = text.substring(utf16From, utf16To);
        String trimmed = candidate.strip();
        if (trimmed.isEmpty()) {
            return Anchor.VANISHED;
        }
        if (!samePassage(quote, trimmed, prefix, suffix, text, utf16From, utf16To)) {
            return Anchor.VANISHED;
        }
        int lead = candidate.length() - candidate.stripLeading().length();
        int newStart = CodePoints.fromUtf16(text, utf16From + lead);
        return new Anchor(CarryOutcome.CHANGED, newStart, newStart + CodePoints.length(trimmed));
    }

    /**
     * Whether the stretch the diff carried a quote to is still its passage: it shares most of the quote's
     * words; or, for a quote of a word or two (a lone figure, "500" → "700", shares none), its sentence
     * around it does and it is about as long.
     */
    private static boolean samePassage(
            String quote, String candidate, String prefix, String suffix, String text, int from, int to) {
        if (words(quote).values().stream().mapToInt(Integer::intValue).sum() > SHORT_QUOTE_WORDS) {
            return similarity(quote, candidate) >= MIN_SIMILARITY;
        }
        String before = orEmpty(prefix) + quote + orEmpty(suffix);
        String after = text.substring(Math.max(0, from - orEmpty(prefix).length()), from)
                + text.substring(from, to)
                + text.substring(
                        to, Math.min(text.length(), to + orEmpty(suffix).length()));
        return candidate.length() <= 3 * quote.length() && similarity(before, after) >= MIN_SIMILARITY;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Anchor exactQuote(String quote, String prefix, String suffix, int carriedStart, String text) {
        int best = -1;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            int score = sharedBefore(prefix == null ? "" : prefix, text, at)
                    + sharedAfter(suffix == null ? "" : suffix, text, at + quote.length());
            int distance = Math.abs(CodePoints.fromUtf16(text, at) - carriedStart);
            if (score > bestScore || score == bestScore && distance < bestDistance) {
                best = at;
                bestScore = score;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return null;
        }
        int start = CodePoints.fromUtf16(text, best);
        // A short quote ("500") found elsewhere while its own place changed is another passage, not this one.
        int context = (prefix == null ? 0 : prefix.length()) + (suffix == null ? 0 : suffix.length());
        boolean trusted = quote.length() >= TRUSTED_QUOTE_LENGTH
                || start == carriedStart
                || bestScore >= Math.min(MIN_SHARED_CONTEXT, context);
        if (!trusted) {
            return null;
        }
        return new Anchor(CarryOutcome.KEPT, start, start + CodePoints.length(quote));
    }

    /** How many characters before {@code at} in the text end like the prefix does. */
    private static int sharedBefore(String prefix, String text, int at) {
        int n = 0;
        while (n < prefix.length()
                && at - n - 1 >= 0
                && prefix.charAt(prefix.length() - n - 1) == text.charAt(at - n - 1)) {
            n++;
        }
        return n;
    }

    /** How many characters from {@code at} in the text begin like the suffix does. */
    private static int sharedAfter(String suffix, String text, int at) {
        int n = 0;
        while (n < suffix.length() && at + n < text.length() && suffix.charAt(n) == text.charAt(at + n)) {
            n++;
        }
        return n;
    }

    /** Dice coefficient of the two passages' words (lower case, letters and digits). */
    static double similarity(String a, String b) {
        Map<String, Integer> left = words(a);
        Map<String, Integer> right = words(b);
        int total = left.values().stream().mapToInt(Integer::intValue).sum()
                + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : left.entrySet()) {
            shared += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }
}
