package org.credence.claim;

/** Whether two figures for the same thing disagree. */
public final class FigureComparison {

    /** How far apart two approximate figures may be and still agree ("nearly 100" and "a hundred"). */
    static final double APPROXIMATE_TOLERANCE = 0.10;

    private FigureComparison() {}

    /**
     * Two figures of one kind disagree when their intervals do not meet, or when a bound both state
     * differs ("between 500 and 1,200" and "up to 2,200": the upper bounds are 1,200 and 2,200). A
     * bound one of them leaves open never disagrees.
     */
    public static boolean disagree(Figure a, Figure b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        double tolerance = a.approximate() || b.approximate() ? APPROXIMATE_TOLERANCE : 0;
        if (a.high() != null && b.low() != null && below(a.high(), b.low(), tolerance)) {
            return true;
        }
        if (b.high() != null && a.low() != null && below(b.high(), a.low(), tolerance)) {
            return true;
        }
        if (a.kind() == Figure.Kind.DATE) {
            return false; // "in 2015" and "since 2014" overlap: periods only conflict when disjoint
        }
        return differ(a.low(), b.low(), tolerance) || differ(a.high(), b.high(), tolerance);
    }

    private static boolean below(double high, double low, double tolerance) {
        return high < low * (1 - tolerance);
    }

    private static boolean differ(Double x, Double y, double tolerance) {
        if (x == null || y == null) {
            return false;
        }
        return Math.abs(x - y) > tolerance * Math.max(Math.abs(x), Math.abs(y));
    }
}
