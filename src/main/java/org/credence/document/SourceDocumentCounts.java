package org.credence.document;

import java.util.HashMap;
import java.util.Map;
import org.credence.source.DocumentsPerSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class SourceDocumentCounts implements DocumentsPerSource {

    private final DocumentRepository documents;

    SourceDocumentCounts(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> counts() {
        Map<Long, Long> counts = new HashMap<>();
        documents.countBySource().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
