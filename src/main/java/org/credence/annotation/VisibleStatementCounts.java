package org.credence.annotation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.credence.document.StatementCounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Statement counts per document through {@link StatementVisibility}: a blind reviewer counts only their
 * own, and only their own decided ones.
 */
@Component
class VisibleStatementCounts implements StatementCounts {

    private final StatementRepository statements;
    private final StatementVisibility visibility;
    /** Looked up when asked: the review feature's service needs the document feature, which needs this. */
    private final ObjectProvider<ReviewStatus> reviewStatus;

    VisibleStatementCounts(
            StatementRepository statements, StatementVisibility visibility, ObjectProvider<ReviewStatus> reviewStatus) {
        this.statements = statements;
        this.visibility = visibility;
        this.reviewStatus = reviewStatus;
    }

    @Override
    public Map<Long, Tally> visibleOn(Collection<Long> documentIds) {
        Map<Long, Tally> counts = new HashMap<>();
        if (documentIds.isEmpty()) {
            return counts;
        }
        Set<Long> ownOnly = visibility.documentsShowingOnlyOwn(documentIds);
        String me = visibility.currentReader().username();
        Map<Long, long[]> visibleAndMine = new HashMap<>();
        Map<Long, Long> documentOf = new HashMap<>();
        for (Object[] row : statements.idsAndAuthorsOn(documentIds)) {
            long statementId = (Long) row[0];
            long documentId = (Long) row[1];
            boolean mine = me.equals(row[2]);
            if (ownOnly.contains(documentId) && !mine) {
                continue;
            }
            long[] tally = visibleAndMine.computeIfAbsent(documentId, d -> new long[3]);
            tally[0]++;
            tally[1] += mine ? 1 : 0;
            documentOf.put(statementId, documentId);
        }
        for (long decided : decided(documentOf.keySet())) {
            visibleAndMine.get(documentOf.get(decided))[2]++;
        }
        visibleAndMine.forEach((document, t) -> counts.put(document, new Tally(t[0], t[1], t[2])));
        return counts;
    }

    private Set<Long> decided(Collection<Long> statementIds) {
        ReviewStatus status = reviewStatus.getIfAvailable();
        if (status == null || statementIds.isEmpty()) {
            return Set.of();
        }
        return status.decided(statementIds);
    }
}
