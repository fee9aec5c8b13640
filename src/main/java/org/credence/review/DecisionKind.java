package org.credence.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an editor does with a reviewer's label. */
public enum DecisionKind {
    /** The reviewer's label becomes the gold label. */
    APPROVE,
    /** Another label becomes the gold label. */
    OVERRIDE,
    /** The statement is not kept; a reason is required. */
    REJECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static DecisionKind fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown decision '" + code + "': use one of "
                        + Arrays.stream(values()).map(DecisionKind::code).collect(Collectors.joining(", ")) + "."));
    }
}
