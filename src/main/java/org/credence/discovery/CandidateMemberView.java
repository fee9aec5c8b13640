package org.credence.discovery;

import java.time.LocalDate;

/**
 * One place a candidate is stated, with its document's title, source and date.
 *
 * @param presentation asserted, attributed, hedged or denied, read from the text's cues
 * @param figures the figures the sentence states, or null
 * @param similarity how alike it is to the other members (cosine, 0–1)
 */
public record CandidateMemberView(
        long id,
        long documentId,
        String documentTitle,
        String source,
        LocalDate published,
        int start,
        int end,
        String exact,
        String presentation,
        String figures,
        double similarity) {}
