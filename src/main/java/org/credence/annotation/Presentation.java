package org.credence.annotation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the text presents a statement, independent of whether reviewers find it true. */
public enum Presentation {
    /** Stated as fact in the outlet's own voice. */
    ASSERTED("asserted", "Asserted"),
    /** Reported as someone else's claim ("according to", "X said"). */
    ATTRIBUTED("attributed", "Attributed"),
    /** Qualified or uncertain ("reportedly", "is believed to", "unconfirmed reports"). */
    HEDGED("hedged", "Hedged"),
    /** Reported as denied or rejected. */
    DENIED("denied", "Denied");

    private final String code;
    private final String title;

    Presentation(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Presentation fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown presentation '" + code + "': use one of "
                        + Arrays.stream(values()).map(Presentation::code).collect(Collectors.joining(", ")) + "."));
    }
}
