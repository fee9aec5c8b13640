package org.credence.cue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CueDismissalRepository extends JpaRepository<CueDismissal, Long> {

    List<CueDismissal> findBySpanDocumentIdAndDismissedBy(long documentId, String dismissedBy);

    boolean existsBySpanAndDismissedBy(org.credence.base.domain.TextSpan span, String dismissedBy);
}
