package org.credence.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.StatementNotFoundException;
import org.credence.annotation.StatementView;
import org.credence.base.domain.FreeText;
import org.credence.document.DocumentService;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Discussion threads on documents and statements; everyone signed in may take part. */
@Service
public class CommentService {

    static final int MAX_BODY = 5000;

    private final CommentRepository comments;
    private final DocumentService documents;
    private final AnnotationService annotations;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommentService(
            CommentRepository comments,
            DocumentService documents,
            AnnotationService annotations,
            CurrentUser currentUser,
            Clock clock) {
        this.documents = documents;
        this.annotations = annotations;
        this.comments = comments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Access.SignedIn
    @Transactional
    public CommentView onDocument(long documentId, String body) {
        documents.ref(documentId); // DocumentNotFoundException
        return save(documentId, null, body);
    }

    @Access.SignedIn
    @Transactional
    public CommentView onStatement(long statementId, String body) {
        return save(visibleStatement(statementId).documentId(), statementId, body);
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<CommentView> documentThread(long documentId) {
        return comments.findDocumentThread(documentId).stream()
                .map(Comment::view)
                .toList();
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<CommentView> statementThread(long statementId) {
        visibleStatement(statementId);
        return comments.findStatementThread(statementId).stream()
                .map(Comment::view)
                .toList();
    }

    /** A statement's thread goes with it: hidden by blind review, or deleted, it is not found. */
    private StatementView visibleStatement(long statementId) {
        return annotations.findVisible(statementId).orElseThrow(() -> new StatementNotFoundException(statementId));
    }

    private CommentView save(long documentId, Long statementId, String body) {
        String text = FreeText.check("A comment", body, MAX_BODY);
        if (text == null) {
            throw new IllegalArgumentException("A comment needs some text.");
        }
        return comments.save(new Comment(
                        documentId,
                        statementId,
                        currentUser.name(),
                        text,
                        clock.instant().truncatedTo(ChronoUnit.MILLIS)))
                .view();
    }
}
