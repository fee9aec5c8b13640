package org.credence.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c where c.documentId = :documentId and c.statementId is null order by c.id")
    List<Comment> findDocumentThread(long documentId);

    @Query("select c from Comment c where c.statementId = :statementId order by c.id")
    List<Comment> findStatementThread(long statementId);
}
