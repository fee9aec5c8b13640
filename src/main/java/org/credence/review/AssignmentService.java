package org.credence.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.credence.annotation.BlindReview;
import org.credence.document.DocumentNotFoundException;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.credence.security.Role;
import org.credence.security.UserAccountService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who reviews which document: by hand or balanced automatically; each reviewer's queue; done. */
@Service
public class AssignmentService implements BlindReview {

    private final AssignmentRepository assignments;
    private final ReviewSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UserAccountService accounts;

    AssignmentService(AssignmentRepository assignments, ReviewSettings settings, CurrentUser currentUser, Clock clock,
            UserAccountService accounts) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Gives a document to a reviewer; giving it again changes nothing.
     *
     * @throws DocumentNotFoundException when there is no such document
     * @throws IllegalArgumentException when the reviewer is not an active reviewer account
     */
    @Access.Editors
    @Transactional
    public void assign(long documentId, String reviewer) {
        if (assignments.findTitle(documentId) == null) {
            throw new DocumentNotFoundException(documentId);
        }
        accounts.requireActive(reviewer, Role.REVIEWER);
        if (assignments.findByDocumentIdAndReviewer(documentId, reviewer).isEmpty()) {
            try {
                assignments.saveAndFlush(new Assignment(documentId, reviewer, currentUser.name(),
                        clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            } catch (DataIntegrityViolationException alreadyThere) {
                // Another editor assigned the same pair at the same moment: the outcome is the same.
            }
        }
    }

    /**
     * Gives every document {@code perDocument} reviewers from {@code reviewers}, each time to the
     * reviewer with the fewest documents so far, so the work is balanced.
     *
     * @return how many assignments were made
     */
    @Access.Editors
    @Transactional
    public int assignAutomatically(List<String> reviewers, int perDocument) {
        reviewers.forEach(r -> accounts.requireActive(r, Role.REVIEWER));
        if (reviewers.isEmpty() || perDocument < 1 || perDocument > reviewers.size()) {
            throw new IllegalArgumentException("Choose between 1 and " + reviewers.size()
                    + " reviewers per document (there are " + reviewers.size() + " reviewers).");
        }
        Map<String, Integer> load = new HashMap<>();
        reviewers.forEach(r -> load.put(r, assignments.findByReviewerOrderByDocumentId(r).size()));
        int made = 0;
        for (long documentId : assignments.findAllDocumentIds()) {
            List<String> already = assignments.findByDocumentId(documentId).stream().map(Assignment::getReviewer).toList();
            int missing = perDocument - (int) already.stream().filter(reviewers::contains).count();
            List<String> candidates = reviewers.stream().filter(r -> !already.contains(r))
                    .sorted(Comparator.comparing((String r) -> load.get(r)).thenComparing(r -> r)).toList();
            for (int i = 0; i < missing && i < candidates.size(); i++) {
                assign(documentId, candidates.get(i));
                load.merge(candidates.get(i), 1, Integer::sum);
                made++;
            }
        }
        return made;
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<String> reviewersOf(long documentId) {
        return assignments.findByDocumentId(documentId).stream().map(Assignment::getReviewer).sorted().toList();
    }

    /** The signed-in reviewer's documents with progress. */
    @Access.Reviewers
    @Transactional(readOnly = true)
    public List<MyAssignment> myQueue() {
        String me = currentUser.name();
        return assignments.findByReviewerOrderByDocumentId(me).stream()
                .map(a -> new MyAssignment(a.getDocumentId(), assignments.findTitle(a.getDocumentId()),
                        assignments.countStatements(a.getDocumentId(), me), a.isDone()))
                .toList();
    }

    /** The reviewer is finished with the document: in blind mode they now see the others' labels. */
    @Access.Reviewers
    @Transactional
    public void markDone(long documentId) {
        Assignment assignment = assignments.findByDocumentIdAndReviewer(documentId, currentUser.name())
                .orElseThrow(() -> new IllegalArgumentException("This document is not assigned to you."));
        assignment.markDone(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hidesOthers(String reviewer, long documentId) {
        return settings.blindMode() && assignments.findByDocumentIdAndReviewer(documentId, reviewer)
                .map(a -> !a.isDone()).orElse(true);
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
