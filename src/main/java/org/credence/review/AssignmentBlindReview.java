package org.credence.review;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.credence.annotation.BlindReview;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blind review as assignments decide it: in blind mode a reviewer sees only their own statements on a
 * document until they mark their assignment done (unassigned documents stay blind). Apart from
 * {@link AssignmentService} so that the services annotation's visibility rule depends on never depend
 * on annotation themselves.
 */
@Component
class AssignmentBlindReview implements BlindReview {

    private final AssignmentRepository assignments;
    private final ReviewSettings settings;

    AssignmentBlindReview(AssignmentRepository assignments, ReviewSettings settings) {
        this.assignments = assignments;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hidesOthers(String reviewer, long documentId) {
        return settings.blindMode()
                && assignments
                        .findByDocumentIdAndReviewer(documentId, reviewer)
                        .map(a -> !a.isDone())
                        .orElse(true);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> hidingOthers(String reviewer, Collection<Long> documentIds) {
        if (!settings.blindMode()) {
            return Set.of();
        }
        Set<Long> hiding = new HashSet<>(documentIds);
        hiding.removeAll(assignments.findDoneDocumentIds(reviewer, documentIds));
        return hiding;
    }
}
