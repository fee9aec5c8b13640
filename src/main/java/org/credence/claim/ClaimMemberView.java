package org.credence.claim;

import java.time.LocalDate;
import java.util.List;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;

/**
 * One row of a claim's matrix: which source says it, how the text presents it, the verdict on it,
 * when it was published, and the figures it states.
 *
 * @param verdict the approved gold label, else the reviewer's label; null when there is no statement
 *     (members that are statements blind review hides from the reader are left out of the matrix)
 * @param verdictState "approved", "proposed", "rejected" or "none"
 */
public record ClaimMemberView(
        long memberId,
        long documentId,
        String documentTitle,
        Long sourceId,
        String source,
        LocalDate published,
        int start,
        int end,
        String exact,
        Presentation presentation,
        Long statementId,
        Label verdict,
        String verdictState,
        boolean firstAppearance,
        List<Figure> figures,
        String admiralty) {}
