package org.credence.search;

import java.util.List;

/**
 * A sentence that matched: where it is (code points), its text, the relevance score (BM25), and the
 * ranges of the sentence (code points from its start) that matched the query's terms.
 */
public record SentenceHit(
        long documentId, Long sourceId, int start, int end, String text, float score, List<int[]> highlights) {}
