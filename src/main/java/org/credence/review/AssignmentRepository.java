package org.credence.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByDocumentIdAndReviewer(long documentId, String reviewer);

    List<Assignment> findByReviewerOrderByDocumentId(String reviewer);

    List<Assignment> findByDocumentId(long documentId);

    @Query(
            "select a.documentId from Assignment a where a.reviewer = :reviewer and a.doneAt is not null and a.documentId in :documentIds")
    List<Long> findDoneDocumentIds(String reviewer, java.util.Collection<Long> documentIds);
}
