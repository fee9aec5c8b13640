package org.credence.base.domain;

/**
 * What a person types into a free-text field (a rationale, a comment, a title, a reason), checked once
 * where it enters the domain: trimmed, blank taken as absent, at most a stated length, and refused if
 * it holds characters no text needs — NUL and other control characters (line breaks and tabs are
 * fine), or half of a UTF-16 surrogate pair, which PostgreSQL refuses or a CSV turns into '?'.
 */
public final class FreeText {

    private FreeText() {}

    /**
     * @param what the field as people know it, e.g. "The rationale"
     * @return the trimmed text, or null when blank
     * @throws IllegalArgumentException saying what is wrong and the limit
     */
    public static String check(String what, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new IllegalArgumentException(what + " is " + String.format("%,d", clean.length())
                    + " characters long; at most " + String.format("%,d", max) + " are allowed.");
        }
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException(what + " contains a control character (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1) + "; remove it.");
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < clean.length()
                    && Character.isLowSurrogate(clean.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " contains half of a character (a lone UTF-16 surrogate) at"
                        + " position " + (i + 1) + "; the text was damaged on its way here.");
            }
        }
        return clean;
    }

    /** As {@link #check}, for a field that must not be blank. */
    public static String required(String what, String value, int max) {
        String clean = check(what, value, max);
        if (clean == null) {
            throw new IllegalArgumentException(what + " must not be blank.");
        }
        return clean;
    }
}
