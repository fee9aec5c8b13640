package org.credence.review;

import java.util.List;

/**
 * One page of the review queue (disagreements first, then text order), with the counts of the whole
 * queue so the editor knows how much is left.
 *
 * @param total spans awaiting a decision
 * @param disagreements of those, spans the reviewers labelled differently
 */
public record ReviewQueuePage(List<ReviewGroup> groups, int page, int size, long total, long disagreements) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
