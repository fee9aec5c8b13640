package org.credence.claim;

import java.util.List;
import org.credence.annotation.Label;

/**
 * One sentence found by a corpus search: where it is (code points), its text with the matched words'
 * ranges (code points from the sentence start), and the labels and claims of statements on it.
 */
public record SearchHit(
        long documentId,
        String documentTitle,
        String source,
        int start,
        int end,
        String text,
        List<int[]> highlights,
        double score,
        List<Label> labels,
        List<Long> claimIds) {}
