package org.credence.annotation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Groups statements into units ({@link SpanUnits}) as they stream past, in (document, start, end, id)
 * order, holding only the units still open: a unit is complete once a statement starts at or after its
 * end, or the document changes. Units are passed on in the order of their first statement. Memory is
 * that of the overlapping region, not of the document: a 130,000-statement document with quotes of
 * 1,500 characters was more than a 192 MB server held.
 */
public final class UnitStream<T extends SpanUnits.ReviewerSpan> {

    /** A unit being formed: its statements so far, and whether it is complete. */
    public static final class Unit<T> {
        private final List<T> members = new ArrayList<>();
        private int end = Integer.MIN_VALUE;
        private boolean complete;

        public List<T> members() {
            return members;
        }

        public boolean complete() {
            return complete;
        }
    }

    private final UnitGrouping grouping;
    private final ToLongFunction<T> documentOf;
    private final Consumer<Unit<T>> onComplete;
    private final List<Unit<T>> open = new ArrayList<>();
    private final ArrayDeque<Unit<T>> inOrder = new ArrayDeque<>();
    private long document;
    private boolean started;

    /** @param onComplete receives each unit once complete, in the order of their first statements */
    public UnitStream(UnitGrouping grouping, ToLongFunction<T> documentOf, Consumer<Unit<T>> onComplete) {
        this.grouping = grouping;
        this.documentOf = documentOf;
        this.onComplete = onComplete;
    }

    /** Adds the next statement; returns the unit it joined or started. */
    public Unit<T> add(T statement) {
        long id = documentOf.applyAsLong(statement);
        if (started && id != document) {
            finish();
        }
        document = id;
        started = true;
        Unit<T> best = null;
        double bestCloseness = 0;
        for (Iterator<Unit<T>> it = open.iterator(); it.hasNext(); ) {
            Unit<T> unit = it.next();
            if (unit.end <= statement.start()) {
                unit.complete = true; // statements come by start: nothing later can reach it
                it.remove();
                continue;
            }
            double closeness = closeness(unit, statement);
            if (closeness > bestCloseness) {
                best = unit;
                bestCloseness = closeness;
            }
        }
        if (best == null) {
            best = new Unit<>();
            open.add(best);
            inOrder.add(best);
        }
        best.members.add(statement);
        best.end = Math.max(best.end, statement.end());
        passCompleted();
        return best;
    }

    /** Completes every open unit (end of the input, or of a document). */
    public void finish() {
        open.forEach(u -> u.complete = true);
        open.clear();
        passCompleted();
    }

    private void passCompleted() {
        while (!inOrder.isEmpty() && inOrder.peekFirst().complete) {
            onComplete.accept(inOrder.pollFirst());
        }
    }

    /** The least share with any member: every two statements of a unit share enough; 0 if its reviewer is in. */
    private double closeness(Unit<T> unit, T statement) {
        double least = Double.MAX_VALUE;
        for (T member : unit.members) {
            if (member.author().equals(statement.author())) {
                return 0;
            }
            least = Math.min(
                    least, grouping.closeness(member.start(), member.end(), statement.start(), statement.end()));
        }
        return least;
    }
}
