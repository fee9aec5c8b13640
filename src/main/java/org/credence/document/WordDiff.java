package org.credence.document;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level comparison of two versions of a text (Myers' algorithm via java-diff-utils), with the
 * positions of the earlier text carried into the later one. Offsets are code points, as statements use.
 *
 * <p>Paragraphs are compared first and words only inside the paragraphs that differ: two versions of an
 * article share most paragraphs, and a word diff over a whole long text whose middle was rewritten would
 * cost time in the product of their lengths.
 */
public final class WordDiff {

    /**
     * Tokens beyond which a changed stretch is shown as removed and added whole, not word by word: Myers'
     * time grows with length times differences, and a paragraph this long is rare.
     */
    static final int MAX_WORD_DIFF_TOKENS = 8_000;

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    public record Segment(Change change, String text) {}

    /** A stretch the same in both texts: where it starts in each, and its length. */
    private record Same(int before, int after, int length) {}

    private final List<Segment> segments = new ArrayList<>();
    private final List<Same> same = new ArrayList<>();
    private int beforePosition;
    private int afterPosition;

    private WordDiff() {}

    public static WordDiff between(String before, String after) {
        WordDiff diff = new WordDiff();
        diff.compareParagraphs(Tokens.lines(before), Tokens.lines(after));
        return diff;
    }

    /** The later text as the earlier one, with what was removed and added, in order. */
    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    public boolean unchanged() {
        return segments.stream().allMatch(s -> s.change() == Change.SAME);
    }

    /** How many words were removed and added: what "see changes" counts. */
    public int changedWords() {
        return (int) segments.stream()
                .filter(s -> s.change() != Change.SAME)
                .mapToLong(s ->
                        Tokens.words(s.text()).stream().filter(WordDiff::isWord).count())
                .sum();
    }

    /**
     * Where a span starting at {@code before} in the earlier text starts in the later one: the same place
     * when that character is unchanged, otherwise the start of what replaced the stretch it lay in.
     */
    public int startAfter(int before) {
        int previousEnd = 0;
        for (Same s : same) {
            if (before < s.before()) {
                return previousEnd;
            }
            if (before < s.before() + s.length()) {
                return s.after() + before - s.before();
            }
            previousEnd = s.after() + s.length();
        }
        return previousEnd;
    }

    /**
     * Where a span ending (exclusive) at {@code before} in the earlier text ends in the later one: the same
     * place when its last character is unchanged, otherwise the end of what replaced the stretch it lay in.
     */
    public int endAfter(int before) {
        for (Same s : same) {
            if (before <= s.before()) {
                return s.after();
            }
            if (before <= s.before() + s.length()) {
                return s.after() + before - s.before();
            }
        }
        return afterPosition;
    }

    /** Whether the character at {@code before} in the earlier text is still there, unchanged. */
    public boolean keeps(int before) {
        return same.stream().anyMatch(s -> before >= s.before() && before < s.before() + s.length());
    }

    private Same last() {
        return same.get(same.size() - 1);
    }

    private void compareParagraphs(List<String> before, List<String> after) {
        int index = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int from = delta.getSource().getPosition();
            emitSame(String.join("", before.subList(index, from)));
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (removed.size() == added.size()) {
                // Paragraphs changed in place, each against its own: one rewritten beside one corrected
                // reads better as two comparisons than as one.
                for (int i = 0; i < removed.size(); i++) {
                    compareWords(removed.get(i), added.get(i));
                }
            } else {
                compareWords(String.join("", removed), String.join("", added));
            }
            index = from + delta.getSource().size();
        }
        emitSame(String.join("", before.subList(index, before.size())));
    }

    private void compareWords(String before, String after) {
        List<String> oldWords = Tokens.words(before);
        List<String> newWords = Tokens.words(after);
        // Fewer than half the words in common (a cheap count) means rewritten, shown whole below anyway:
        // deciding it first spares Myers its worst case, two long stretches that differ throughout.
        if (oldWords.size() > MAX_WORD_DIFF_TOKENS
                || newWords.size() > MAX_WORD_DIFF_TOKENS
                || sharedWordShare(oldWords, newWords) < 0.5) {
            emit(Change.REMOVED, before);
            emit(Change.ADDED, after);
            return;
        }
        List<AbstractDelta<String>> deltas = DiffUtils.diff(oldWords, newWords).getDeltas();
        if (mostlyRewritten(oldWords, newWords, deltas)) {
            // Word by word, a rewritten paragraph reads as alternating scraps; whole, it reads as before/after.
            emit(Change.REMOVED, before);
            emit(Change.ADDED, after);
            return;
        }
        int index = 0;
        for (AbstractDelta<String> delta : deltas) {
            int from = delta.getSource().getPosition();
            emitSame(String.join("", oldWords.subList(index, from)));
            emit(Change.REMOVED, String.join("", delta.getSource().getLines()));
            emit(Change.ADDED, String.join("", delta.getTarget().getLines()));
            index = from + delta.getSource().size();
        }
        emitSame(String.join("", oldWords.subList(index, oldWords.size())));
    }

    /** Fewer than half the words of the longer side are unchanged. */
    private static boolean mostlyRewritten(
            List<String> oldWords, List<String> newWords, List<AbstractDelta<String>> deltas) {
        long changedOld = deltas.stream()
                .flatMap(d -> d.getSource().getLines().stream())
                .filter(WordDiff::isWord)
                .count();
        long oldCount = oldWords.stream().filter(WordDiff::isWord).count();
        long newCount = newWords.stream().filter(WordDiff::isWord).count();
        long unchanged = oldCount - changedOld;
        return unchanged * 2 < Math.max(oldCount, newCount);
    }

    /** Dice coefficient of the two stretches' words (letters and digits), as multisets. */
    private static double sharedWordShare(List<String> oldWords, List<String> newWords) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int oldCount = 0;
        for (String w : oldWords) {
            if (isWord(w)) {
                counts.merge(w, 1, Integer::sum);
                oldCount++;
            }
        }
        int newCount = 0;
        int shared = 0;
        for (String w : newWords) {
            if (isWord(w)) {
                newCount++;
                Integer left = counts.get(w);
                if (left != null && left > 0) {
                    shared++;
                    counts.put(w, left - 1);
                }
            }
        }
        return oldCount + newCount == 0 ? 1 : 2.0 * shared / (oldCount + newCount);
    }

    private static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.codePointAt(0));
    }

    private void emitSame(String text) {
        if (text.isEmpty()) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (!same.isEmpty()
                && last().before() + last().length() == beforePosition
                && last().after() + last().length() == afterPosition) {
            Same merged = new Same(last().before(), last().after(), last().length() + length);
            same.set(same.size() - 1, merged);
        } else {
            same.add(new Same(beforePosition, afterPosition, length));
        }
        emit(Change.SAME, text);
    }

    private void emit(Change change, String text) {
        if (text.isEmpty()) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (change != Change.ADDED) {
            beforePosition += length;
        }
        if (change != Change.REMOVED) {
            afterPosition += length;
        }
        int lastIndex = segments.size() - 1;
        if (lastIndex >= 0 && segments.get(lastIndex).change() == change) {
            segments.set(lastIndex, new Segment(change, segments.get(lastIndex).text() + text));
        } else {
            segments.add(new Segment(change, text));
        }
    }

    /** Splitting text into the pieces compared. */
    static final class Tokens {

        private Tokens() {}

        /** Lines with their line breaks, so joining them gives the text back. */
        static List<String> lines(String text) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines.add(text.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                lines.add(text.substring(start));
            }
            return lines;
        }

        /** Runs of letters and digits, runs of white space, and every other character alone. */
        static List<String> words(String text) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                int end = i + Character.charCount(cp);
                if (Character.isLetterOrDigit(cp) || Character.isWhitespace(cp)) {
                    boolean word = Character.isLetterOrDigit(cp);
                    while (end < text.length()) {
                        int next = text.codePointAt(end);
                        if (word ? !Character.isLetterOrDigit(next) : !Character.isWhitespace(next)) {
                            break;
                        }
                        end += Character.charCount(next);
                    }
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
            return tokens;
        }
    }
}
