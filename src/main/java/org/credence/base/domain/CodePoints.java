package org.credence.base.domain;

/**
 * Converts between Java's UTF-16 indices and Unicode code-point offsets. Offsets leave the
 * application (API, exports) as code points, as the W3C TextPositionSelector defines them, so that
 * a character outside the Basic Multilingual Plane counts once, not twice.
 */
public final class CodePoints {

    private CodePoints() {}

    /** The code-point offset of UTF-16 index {@code utf16Index} in {@code text}. */
    public static int fromUtf16(String text, int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }

    /** The UTF-16 index of code-point offset {@code codePointOffset} in {@code text}. */
    public static int toUtf16(String text, int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
