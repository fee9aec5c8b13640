package org.credence.annotation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.credence.document.StatementCounts;
import org.springframework.stereotype.Component;

/** Statement counts per document through {@link StatementVisibility}: a blind reviewer counts only their own. */
@Component
class VisibleStatementCounts implements StatementCounts {

    private final StatementRepository statements;
    private final StatementVisibility visibility;

    VisibleStatementCounts(StatementRepository statements, StatementVisibility visibility) {
        this.statements = statements;
        this.visibility = visibility;
    }

    @Override
    public Map<Long, Long> visibleOn(Collection<Long> documentIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (documentIds.isEmpty()) {
            return counts;
        }
        Set<Long> ownOnly = visibility.documentsShowingOnlyOwn(documentIds);
        for (Object[] row : statements.countByDocument(documentIds)) {
            if (!ownOnly.contains((Long) row[0])) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        if (!ownOnly.isEmpty()) {
            String me = visibility.currentReader().username();
            for (Object[] row : statements.countByDocumentAndAuthor(ownOnly, me)) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }
}
