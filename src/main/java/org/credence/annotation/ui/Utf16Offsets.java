package org.credence.annotation.ui;

/**
 * Maps code-point offsets to the browser's UTF-16 indices and back. Most texts have no surrogate
 * pairs, and then both are the same number and no table is built.
 */
final class Utf16Offsets {

    private final String text;
    /** utf16Index[cp] for every code point offset, or null when the text has no surrogates. */
    private final int[] utf16Index;

    private Utf16Offsets(String text, int[] utf16Index) {
        this.text = text;
        this.utf16Index = utf16Index;
    }

    static Utf16Offsets of(String text) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            return new Utf16Offsets(text, null);
        }
        int[] table = new int[codePoints + 1];
        int utf16 = 0;
        for (int cp = 0; cp < codePoints; cp++) {
            table[cp] = utf16;
            utf16 += Character.charCount(text.codePointAt(utf16));
        }
        table[codePoints] = utf16;
        return new Utf16Offsets(text, table);
    }

    int toUtf16(int codePoint) {
        return utf16Index == null ? codePoint : utf16Index[codePoint];
    }

    /** A UTF-16 index inside a surrogate pair counts as the code point it belongs to. */
    int toCodePoint(int utf16) {
        int clamped = Math.max(0, Math.min(utf16, text.length()));
        return utf16Index == null ? clamped : text.codePointCount(0, clamped);
    }
}
