package org.credence.annotation;

import java.util.ArrayList;
import java.util.Iterator;
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
        List<OpenUnit<T>> open = new ArrayList<>();
        for (T statement : statements) {
            OpenUnit<T> best = null;
            double bestCloseness = 0;
            for (Iterator<OpenUnit<T>> it = open.iterator(); it.hasNext(); ) {
                OpenUnit<T> unit = it.next();
                if (unit.end <= statement.start()) {
                    it.remove(); // statements come by start: nothing later can reach it
                    continue;
                }
                double closeness = unit.closeness(statement, grouping);
                if (closeness > bestCloseness) {
                    best = unit;
                    bestCloseness = closeness;
                }
            }
            if (best == null) {
                best = new OpenUnit<>();
                open.add(best);
                units.add(best.members);
            }
            best.add(statement);
        }
        return units;
    }

    /**
     * Passes the statements of a stream in (document, ...) order one document at a time, so only one
     * document's statements are held however large the corpus.
     */
    public static <T> void forEachDocument(
            java.util.stream.Stream<T> statements,
            java.util.function.ToLongFunction<T> documentOf,
            Consumer<List<T>> action) {
        List<T> document = new ArrayList<>();
        long[] current = {0};
        statements.forEachOrdered(statement -> {
            long id = documentOf.applyAsLong(statement);
            if (!document.isEmpty() && id != current[0]) {
                action.accept(List.copyOf(document));
                document.clear();
            }
            current[0] = id;
            document.add(statement);
        });
        if (!document.isEmpty()) {
            action.accept(List.copyOf(document));
        }
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

    private static final class OpenUnit<T extends ReviewerSpan> {
        final List<T> members = new ArrayList<>();
        int end = Integer.MIN_VALUE;

        void add(T statement) {
            members.add(statement);
            end = Math.max(end, statement.end());
        }

        /** The smallest closeness to any member: a unit's statements all share enough with each other. */
        double closeness(T statement, UnitGrouping grouping) {
            double least = Double.MAX_VALUE;
            for (T member : members) {
                if (member.author().equals(statement.author())) {
                    return 0;
                }
                least = Math.min(
                        least, grouping.closeness(member.start(), member.end(), statement.start(), statement.end()));
            }
            return least;
        }
    }
}
