package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CommentServiceTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    CommentService comments;

    @Test
    void documents_and_statements_have_threads_of_their_own_with_author_and_time() {
        long documentId = TestCorpus.importText(documents, "Discussed text.");
        signIn("reviewer1", Role.REVIEWER);
        long statementId = annotations.add(documentId, 0, 9, Label.UNCONFIRMED).id();
        comments.onStatement(statementId, "  Is there a second source?  ");
        signIn("editor", Role.EDITOR);
        comments.onStatement(statementId, "Reuters has it too.");
        comments.onDocument(documentId, "Check the date line.");

        assertThat(comments.statementThread(statementId))
                .extracting(CommentView::author, CommentView::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reviewer1", "Is there a second source?"),
                        org.assertj.core.groups.Tuple.tuple("editor", "Reuters has it too."));
        assertThat(comments.documentThread(documentId)).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("Check the date line.");
            assertThat(c.statementId()).isNull();
            assertThat(c.createdAt()).isNotNull();
        });
    }

    @Test
    void empty_or_over_long_comments_and_unknown_subjects_are_refused() {
        long documentId = TestCorpus.importText(documents, "Refusals.");

        assertThatThrownBy(() -> comments.onDocument(documentId, "   ")).hasMessage("A comment needs some text.");
        assertThatThrownBy(() -> comments.onDocument(documentId, "x".repeat(5001)))
                .hasMessage("A comment is 5,001 characters long; at most 5,000 are allowed.");
        assertThatThrownBy(() -> comments.onDocument(987654321L, "hello"))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThat(comments.documentThread(documentId)).isEmpty();
    }
}
