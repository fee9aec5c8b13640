package org.credence.cue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CueDismissalRepository extends JpaRepository<CueDismissal, Long> {

    List<CueDismissal> findByDocumentIdAndDismissedBy(long documentId, String dismissedBy);

    boolean existsByDocumentIdAndStartAndEndAndDismissedBy(long documentId, int start, int end, String dismissedBy);
}
