package org.credence.annotation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A reviewer's verdict on a statement. */
public enum Label {
    /** Other evidence or the source itself establishes the statement. */
    CONFIRMED("confirmed", "Confirmed", "1"),
    /** Reported but not (yet) established. */
    UNCONFIRMED("unconfirmed", "Unconfirmed", "2"),
    /** Contradicted by other sources or evidence. */
    DISPUTED("disputed", "Disputed", "3");

    private final String code;
    private final String title;
    private final String shortcut;

    Label(String code, String title, String shortcut) {
        this.code = code;
        this.title = title;
        this.shortcut = shortcut;
    }

    /** The lower-case name used in the API, in exports and as a CSS class. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The key that applies this label in the Reader. */
    public String shortcut() {
        return shortcut;
    }

    /** @throws IllegalArgumentException naming the accepted labels when {@code code} is none of them */
    public static Label fromCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (Label label : values()) {
                if (label.code.equals(wanted)) {
                    return label;
                }
            }
        }
        throw new IllegalArgumentException("Unknown label '" + code + "': use one of "
                + Arrays.stream(values()).map(Label::code).collect(Collectors.joining(", ")) + ".");
    }

    /** @throws IllegalArgumentException when {@code key} is not a label's shortcut */
    public static Label fromShortcut(String key) {
        return Arrays.stream(values())
                .filter(l -> l.shortcut.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No label has the shortcut '" + key + "'."));
    }
}
