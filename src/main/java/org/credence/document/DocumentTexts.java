package org.credence.document;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents' texts for the indexes that run in the background (the semantic index embeds them with no
 * user signed in). Indexes hold every project's sentences; whoever searches them filters on the project
 * they act in, so nothing read here reaches a person unfiltered.
 */
@Component
public class DocumentTexts {

    private final DocumentRepository documents;

    DocumentTexts(DocumentRepository documents) {
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public List<SearchableText> of(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : org.credence.base.domain.InBatches.read(ids, documents::findTexts);
    }

    /** Ids of a project's documents, ascending. */
    @Transactional(readOnly = true)
    public List<Long> idsIn(long projectId) {
        return documents.findIdsInProject(projectId);
    }

    /** Ids of every document from {@code fromId} on, ascending. */
    @Transactional(readOnly = true)
    public List<Long> idsFrom(long fromId) {
        return documents.findIdsFrom(fromId);
    }
}
