package org.credence.review;

import java.util.EnumSet;
import java.util.Set;

/** Where a statement stands with the editors. */
public enum ReviewState {
    /** Labelled by a reviewer, awaiting an editor's decision (also after a reviewer changes it). */
    PROPOSED,
    /** An editor approved it, with the gold label (the reviewer's or an override). */
    APPROVED,
    /** An editor rejected it, with a reason. */
    REJECTED;

    // Computed once: an export of a million statements asked for it a million times.
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /**
     * Editors may revise a decision — including deciding the same again, to correct a gold label's or
     * a rejection's reason (the history keeps both) — and a reviewer's later edit sends it back to
     * PROPOSED. Only a statement nobody decided cannot be "reopened".
     */
    private Set<ReviewState> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED, REJECTED -> EnumSet.of(PROPOSED, APPROVED, REJECTED);
        };
    }

    /** @throws IllegalTransitionException naming both states */
    ReviewState moveTo(ReviewState target) {
        if (!next().contains(target)) {
            throw new IllegalTransitionException(
                    "A " + code + " statement cannot become " + target.code + " directly.");
        }
        return target;
    }

    public String code() {
        return code;
    }
}
