package org.credence.annotation;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the statements of different reviewers on one document become the <em>units</em> that agreement,
 * the review queue and the exports compare. Reviewers rarely select identical characters: one takes
 * "the Taliban executing at least one senior Isis-K figure", another the whole sentence, a third the
 * sentence without its full stop. Under {@link Mode#OVERLAP} (the default) two spans are one unit when
 * they share at least {@code minOverlap} of the shorter span's characters, so all three are one unit
 * with a boundary disagreement; {@link Mode#EXACT} keeps the stricter rule that only identical spans
 * are compared.
 *
 * @param units {@code overlap} or {@code exact} ({@code credence.agreement.units})
 * @param minOverlap share of the shorter span two spans must share, above 0 and at most 1
 *     ({@code credence.agreement.min-overlap}, 0.5 unless set)
 * @param minimumUnits figures computed over fewer units are shown as "too little data"
 *     ({@code credence.agreement.minimum-units}, 30 unless set)
 */
@ConfigurationProperties("credence.agreement")
public record UnitGrouping(Mode units, Double minOverlap, Integer minimumUnits) {

    public enum Mode {
        OVERLAP,
        EXACT
    }

    public static final UnitGrouping DEFAULT = new UnitGrouping(Mode.OVERLAP, null, null);

    public static final UnitGrouping EXACT = new UnitGrouping(Mode.EXACT, null, null);

    public UnitGrouping {
        if (units == null) {
            units = Mode.OVERLAP;
        }
        if (minOverlap == null) {
            minOverlap = 0.5;
        }
        if (!(minOverlap > 0 && minOverlap <= 1)) {
            throw new IllegalArgumentException(
                    "credence.agreement.min-overlap is a share of the shorter span, above 0 and at most 1, not "
                            + minOverlap + ".");
        }
        if (minimumUnits == null) {
            minimumUnits = 30;
        }
        if (minimumUnits < 1) {
            throw new IllegalArgumentException(
                    "credence.agreement.minimum-units must be at least 1, not " + minimumUnits + ".");
        }
    }

    /**
     * How close two spans are for grouping: the share of the shorter span they have in common (1 for
     * identical spans); 0 when they are not to be one unit.
     */
    public double closeness(int start1, int end1, int start2, int end2) {
        if (units == Mode.EXACT) {
            return start1 == start2 && end1 == end2 ? 1 : 0;
        }
        int shared = Math.min(end1, end2) - Math.max(start1, start2);
        int shorter = Math.min(end1 - start1, end2 - start2);
        if (shared <= 0 || shorter <= 0) {
            return start1 == start2 && end1 == end2 ? 1 : 0;
        }
        double share = shared / (double) shorter;
        return share >= minOverlap ? share : 0;
    }

    /** "overlap", "exact": as the API and dataset card name the rule. */
    public String code() {
        return units.name().toLowerCase(Locale.ROOT);
    }

    /** The rule in words, for the Agreement view and the dataset card. */
    public String describe() {
        return units == Mode.EXACT
                ? "statements of different reviewers are one unit only when their spans are identical"
                : String.format(
                        Locale.ROOT,
                        "statements of different reviewers are one unit when their spans share at least %d%% of"
                                + " the shorter span",
                        Math.round(minOverlap * 100));
    }
}
