package org.credence.claim;

import java.time.LocalDate;

/**
 * A number or date a text states, as an interval. A bound the text does not state is null ("up to
 * 2,200" has no lower bound; "since 2014" no end). {@code approximate} marks "about", "nearly", "some".
 *
 * @param text the words the figure was read from
 */
public record Figure(Kind kind, Double low, Double high, boolean approximate, String text) {

    public enum Kind {
        /** How many of something: fighters, dead, prisoners. */
        COUNT,
        /** A day, month, year or open period; bounds are epoch days. */
        DATE
    }

    static Figure count(Double low, Double high, boolean approximate, String text) {
        return new Figure(Kind.COUNT, low, high, approximate, text);
    }

    static Figure date(LocalDate from, LocalDate to, String text) {
        return new Figure(
                Kind.DATE,
                from == null ? null : (double) from.toEpochDay(),
                to == null ? null : (double) to.toEpochDay(),
                false,
                text);
    }

    /** The interval as people read it: "500–1,200", "≤ 2,200", "≥ 250", "~100", "2015-01-01–2015-01-31". */
    public String describe() {
        String prefix = approximate ? "~" : "";
        if (low != null && high != null) {
            return prefix + (low.equals(high) ? describe(low) : describe(low) + "–" + describe(high));
        }
        if (high != null) {
            return "≤ " + prefix + describe(high);
        }
        return low == null ? "?" : "≥ " + prefix + describe(low);
    }

    private String describe(Double value) {
        if (value == null) {
            return "";
        }
        if (kind == Kind.DATE) {
            return LocalDate.ofEpochDay(value.longValue()).toString();
        }
        return value == Math.rint(value)
                ? String.format(java.util.Locale.ROOT, "%,d", value.longValue())
                : String.format(java.util.Locale.ROOT, "%,.1f", value);
    }
}
