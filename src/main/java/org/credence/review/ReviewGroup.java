package org.credence.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.credence.annotation.Label;

/**
 * One unit awaiting a decision: the statements different reviewers made on overlapping spans of one
 * document ({@link org.credence.annotation.UnitGrouping}), side by side, as an editor decides them.
 *
 * @param unitId the id of the unit's first statement in text order
 * @param start the first reviewer's start; {@code end} the last end; {@code quote} the text between
 * @param entries one per reviewer, in text order
 */
public record ReviewGroup(
        long unitId, long documentId, String documentTitle, int start, int end, String quote, List<Entry> entries) {

    /** One reviewer's label and span, with the decision version an editor's decision is based on. */
    public record Entry(
            long statementId, String author, Label label, int start, int end, String quote, long decisionVersion) {

        public GoldSpan span() {
            return new GoldSpan(start, end);
        }
    }

    /** Reviewers gave different labels. */
    public boolean disagreement() {
        return entries.stream().map(Entry::label).distinct().count() > 1;
    }

    /** Reviewers selected different spans. */
    public boolean boundaryDisagreement() {
        return entries.stream().map(Entry::span).distinct().count() > 1;
    }

    /** The most frequent label; on a tie the first of them in Label order. */
    public Label majority() {
        Map<Label, Long> counts = entries.stream().collect(Collectors.groupingBy(Entry::label, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<Label, Long>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    /**
     * The span most reviewers selected; on a tie the longest of them (a reviewer who left out the full
     * stop or a clause is the likelier to have cut short).
     */
    public GoldSpan majoritySpan() {
        Map<GoldSpan, Long> counts =
                entries.stream().collect(Collectors.groupingBy(Entry::span, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<GoldSpan, Long>comparingByValue()
                        .thenComparing(e -> e.getKey().end() - e.getKey().start())
                        .thenComparing(e -> -e.getKey().start()))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    /** "reviewer1: Confirmed · reviewer2: Disputed". */
    public String labelsSideBySide() {
        return entries.stream().map(e -> e.author() + ": " + e.label().title()).collect(Collectors.joining(" · "));
    }
}
