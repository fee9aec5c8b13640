package org.credence.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByDocumentIdAndReviewer(long documentId, String reviewer);

    List<Assignment> findByReviewerOrderByDocumentId(String reviewer);

    List<Assignment> findByDocumentId(long documentId);

    @Query("select a.documentId from Assignment a where a.reviewer = :reviewer and a.doneAt is not null and a.documentId in :documentIds")
    List<Long> findDoneDocumentIds(String reviewer, java.util.Collection<Long> documentIds);

    @Query("select d.id from Document d order by d.id")
    List<Long> findAllDocumentIds();

    @Query("select d.title from Document d where d.id = :documentId")
    String findTitle(long documentId);

    @Query("select count(s.id) from Statement s where s.document.id = :documentId and s.author = :author")
    long countStatements(long documentId, String author);
}
