package org.credence.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Groups one document's statements into units ({@link UnitGrouping}): a unit holds at most one
 * statement per reviewer, every two of its statements share enough of their spans, and a statement (in
 * text order) joins the open unit it is closest to (by its least share with a member) that its
 * reviewer is not in yet, or starts a new one. So any member's span overlaps every other's, and any
 * can be the unit's gold span. So a reviewer who split a sentence into two
 * statements where another took the whole sentence has the first compared and the second left as a
 * unit of its own, which counts against their span agreement and not their label agreement.
 */
public final class SpanUnits {

    /** What grouping needs to know of a statement. */
    public interface ReviewerSpan {
        int start();

        int end();

        String author();
    }

    private SpanUnits() {}

    /**
     * The units of one document's statements, given in (start, end, id) order. Each unit lists its
     * statements in that order; units come in the order of their first statement.
     */
    public static <T extends ReviewerSpan> List<List<T>> of(List<T> statements, UnitGrouping grouping) {
        List<List<T>> units = new ArrayList<>();
        forEachUnit(statements.stream(), s -> 0L, grouping, units::add);
        return units;
    }

    /**
     * Passes the units of a stream of statements in (document, start, end, id) order, each as soon as
     * it is complete, holding only the units still open ({@link UnitStream}).
     */
    public static <T extends ReviewerSpan> void forEachUnit(
            java.util.stream.Stream<T> statements,
            java.util.function.ToLongFunction<T> documentOf,
            UnitGrouping grouping,
            Consumer<List<T>> action) {
        UnitStream<T> units = new UnitStream<>(grouping, documentOf, unit -> action.accept(unit.members()));
        statements.forEachOrdered(units::add);
        units.finish();
    }

    /**
     * The text a unit covers, from its first start to its last end, pieced together from its
     * statements' quotes (offsets are code points); every statement of a unit overlaps another, so
     * the quotes cover it without a gap.
     */
    public static String text(List<LabelledSpan> unit) {
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (LabelledSpan statement : unit) {
            start = Math.min(start, statement.start());
            end = Math.max(end, statement.end());
        }
        for (LabelledSpan statement : unit) {
            if (statement.start() == start && statement.end() == end) {
                return statement.quote(); // the usual case: one selection covers the others
            }
        }
        int[] codePoints = new int[end - start];
        boolean[] known = new boolean[end - start];
        for (LabelledSpan statement : unit) {
            int[] quote = statement.quote().codePoints().toArray();
            for (int i = 0; i < quote.length && statement.start() + i < end; i++) {
                codePoints[statement.start() - start + i] = quote[i];
                known[statement.start() - start + i] = true;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints.length; i++) {
            text.appendCodePoint(known[i] ? codePoints[i] : ' ');
        }
        return text.toString();
    }
}
