package org.credence.discovery;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimCandidateRepository extends JpaRepository<ClaimCandidate, Long> {

    Page<ClaimCandidate> findByProjectIdAndStatusOrderByScoreDescIdAsc(
            long projectId, CandidateStatus status, Pageable page);

    List<ClaimCandidate> findByProjectId(long projectId);

    long countByProjectIdAndStatus(long projectId, CandidateStatus status);
}
