package org.credence.document;

import java.util.HashMap;
import java.util.Map;
import org.credence.source.DocumentsPerSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Documents per source in the acting project (sources are shared; what they published is not). */
@Component
class SourceDocumentCounts implements DocumentsPerSource {

    private final DocumentRepository documents;
    private final org.credence.project.ActingProject project;

    SourceDocumentCounts(DocumentRepository documents, org.credence.project.ActingProject project) {
        this.documents = documents;
        this.project = project;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> counts() {
        Map<Long, Long> counts = new HashMap<>();
        documents.countBySource(project.id()).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> withDocumentsAnywhere() {
        return new java.util.HashSet<>(documents.findSourcesWithDocuments());
    }
}
