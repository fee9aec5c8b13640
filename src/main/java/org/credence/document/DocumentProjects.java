package org.credence.document;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.credence.project.ProjectOwnedResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which project a document belongs to, for requests that address it by id. Kept in memory once read:
 * a document never moves to another project, so the answer cannot go stale on any node.
 */
@Component
public class DocumentProjects implements ProjectOwnedResource {

    private final DocumentRepository documents;
    private final ConcurrentHashMap<Long, Long> known = new ConcurrentHashMap<>();

    DocumentProjects(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public String collection() {
        return "documents";
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong projectOf(long id) {
        Long project = known.get(id);
        if (project == null) {
            project = documents.findProjectId(id).orElse(null);
            if (project == null) {
                return OptionalLong.empty();
            }
            known.put(id, project);
        }
        return OptionalLong.of(project);
    }

    /** Whether the document exists and belongs to the project. */
    public boolean belongsTo(long documentId, long projectId) {
        OptionalLong project = projectOf(documentId);
        return project.isPresent() && project.getAsLong() == projectId;
    }

    @Override
    public String notFoundMessage(long id) {
        return new DocumentNotFoundException(id).getMessage();
    }
}
