package org.credence.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.credence.annotation.Label;

/**
 * The statements different reviewers made on the same span, side by side, as an editor decides them.
 *
 * @param entries one per statement, in the order they were made
 */
public record ReviewGroup(
        long documentId, String documentTitle, int start, int end, String quote, List<Entry> entries) {

    /** One reviewer's label on the span, with the decision version an editor's decision is based on. */
    public record Entry(long statementId, String author, Label label, long decisionVersion) {}

    /** Reviewers gave different labels. */
    public boolean disagreement() {
        return entries.stream().map(Entry::label).distinct().count() > 1;
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

    /** "reviewer1: Confirmed · reviewer2: Disputed". */
    public String labelsSideBySide() {
        return entries.stream().map(e -> e.author() + ": " + e.label().title()).collect(Collectors.joining(" · "));
    }
}
