package org.credence.annotation;

/** What became of a statement of an earlier version of an article on the later one. */
public enum CarryOutcome {
    /** Its quote is in the later version: carried over as it was. */
    KEPT("carried over"),
    /** Its passage is still there with other words or figures: carried over to it, to be checked. */
    CHANGED("text changed, check it"),
    /** Its passage is gone: not carried over, listed so nobody loses it silently. */
    VANISHED("text vanished, not carried over");

    private final String title;

    CarryOutcome(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
