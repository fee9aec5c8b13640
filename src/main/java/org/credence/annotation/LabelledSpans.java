package org.credence.annotation;

import java.util.stream.Stream;
import org.credence.security.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every reviewer's labels, for the features that compare them (the review queue, agreement). Only
 * readers whom blind review never applies to may ask (editors, researchers, administrators), so
 * {@link StatementVisibility} has nothing to hide from them; a reviewer reads through
 * {@link AnnotationService}.
 */
@Service
public class LabelledSpans {

    private final StatementRepository statements;
    private final org.credence.project.ActingProject project;

    LabelledSpans(StatementRepository statements, org.credence.project.ActingProject project) {
        this.statements = statements;
        this.project = project;
    }

    /** The acting project's statements in text order; close the stream, inside the caller's read-only transaction. */
    @Access.AgreementReaders
    @Transactional(readOnly = true)
    public Stream<LabelledSpan> inTextOrder() {
        return statements.streamLabelledSpans(project.id());
    }

    /** One document's, in text order. */
    @Access.AgreementReaders
    @Transactional(readOnly = true)
    public Stream<LabelledSpan> ofDocument(long documentId) {
        return statements.streamLabelledSpansOfDocument(project.id(), documentId);
    }
}
