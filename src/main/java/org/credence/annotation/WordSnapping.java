package org.credence.annotation;

import org.credence.base.domain.CodePoints;

/**
 * Widens a rough selection to whole words and drops white space at its ends, so a hurried drag
 * with the mouse still saves "Isis-K has claimed", not "sis-K has clai ".
 */
public final class WordSnapping {

    private WordSnapping() {}

    /** The snapped span [start, end) in code points; unchanged when it is already clean. */
    public static int[] snap(String text, int start, int end) {
        int length = CodePoints.length(text);
        int from = CodePoints.toUtf16(text, Math.max(0, Math.min(start, length)));
        int to = CodePoints.toUtf16(text, Math.max(0, Math.min(end, length)));
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return new int[] {CodePoints.fromUtf16(text, from), CodePoints.fromUtf16(text, to)};
        }
        while (from > 0 && insideWord(text, from)) {
            from--;
        }
        while (to < text.length() && insideWord(text, to)) {
            to++;
        }
        return new int[] {CodePoints.fromUtf16(text, from), CodePoints.fromUtf16(text, to)};
    }

    /** Whether the boundary before UTF-16 index {@code i} falls inside a word or a number. */
    private static boolean insideWord(String text, int i) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        if (isWordChar(before) && isWordChar(after)) {
            return true;
        }
        // "1,200" and "2.5": a separator between digits belongs to the number.
        boolean separatorAfter = isNumberSeparator(after)
                && Character.isDigit(before)
                && i + 1 < text.length()
                && Character.isDigit(text.charAt(i + 1));
        boolean separatorBefore = isNumberSeparator(before)
                && Character.isDigit(after)
                && i >= 2
                && Character.isDigit(text.charAt(i - 2));
        return separatorAfter || separatorBefore;
    }

    private static boolean isNumberSeparator(char c) {
        return c == ',' || c == '.';
    }

    /** Letters, digits and the joiners inside words such as "Isis-K", "don't". */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '_';
    }
}
