package org.credence.annotation;

import org.credence.source.Reliability;

/** The Admiralty code shown for a statement: its source's reliability and its own credibility, e.g. "B3". */
public final class Admiralty {

    private Admiralty() {}

    /** "B3"; "B?" or "?3" when one half is not graded; null when neither is. */
    public static String code(Reliability reliability, Credibility credibility) {
        if (reliability == null && credibility == null) {
            return null;
        }
        return (reliability == null ? "?" : reliability.name()) + (credibility == null ? "?" : credibility.grade());
    }
}
