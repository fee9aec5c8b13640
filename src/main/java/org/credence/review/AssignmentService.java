package org.credence.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.annotation.AnnotationService;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentRef;
import org.credence.document.DocumentService;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.credence.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who reviews which document: by hand or balanced automatically; each reviewer's queue; done. */
@Service
public class AssignmentService implements org.credence.annotation.ReviewerAssignments {

    private final AssignmentRepository assignments;
    private final ReviewSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.credence.project.ProjectService projects;
    private final DocumentService documents;
    private final AnnotationService annotations;

    AssignmentService(
            AssignmentRepository assignments,
            ReviewSettings settings,
            CurrentUser currentUser,
            Clock clock,
            org.credence.project.ProjectService projects,
            DocumentService documents,
            AnnotationService annotations) {
        this.documents = documents;
        this.annotations = annotations;
        this.projects = projects;
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
        documents.ref(documentId); // DocumentNotFoundException
        projects.requireActingMember(reviewer, Role.REVIEWER);
        if (assignments.findByDocumentIdAndReviewer(documentId, reviewer).isEmpty()) {
            try {
                assignments.saveAndFlush(new Assignment(
                        documentId,
                        reviewer,
                        currentUser.name(),
                        clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            } catch (DataIntegrityViolationException alreadyThere) {
                // Another editor assigned the same pair at the same moment: the outcome is the same.
            }
        }
    }

    /**
     * Gives every document {@code perDocument} reviewers from {@code reviewers}, each time to the
     * reviewer with the fewest documents of this project so far, so the work is balanced.
     *
     * @return how many assignments were made
     */
    @Access.Editors
    @Transactional
    public int assignAutomatically(List<String> reviewers, int perDocument) {
        reviewers.forEach(r -> projects.requireActingMember(r, Role.REVIEWER));
        if (reviewers.isEmpty() || perDocument < 1 || perDocument > reviewers.size()) {
            throw new IllegalArgumentException("Choose between 1 and " + reviewers.size()
                    + " reviewers per document (there are " + reviewers.size() + " reviewers).");
        }
        // The load is counted in this project: work in other investigations is not this editor's to balance.
        List<Long> here = documents.ids();
        java.util.Set<Long> inProject = new java.util.HashSet<>(here);
        Map<String, Integer> load = new HashMap<>();
        reviewers.forEach(r -> load.put(r, (int) assignments.findByReviewerOrderByDocumentId(r).stream()
                .filter(a -> inProject.contains(a.getDocumentId()))
                .count()));
        int made = 0;
        for (long documentId : here) {
            List<String> already = assignments.findByDocumentId(documentId).stream()
                    .map(Assignment::getReviewer)
                    .toList();
            int missing = perDocument
                    - (int) already.stream().filter(reviewers::contains).count();
            List<String> candidates = reviewers.stream()
                    .filter(r -> !already.contains(r))
                    .sorted(Comparator.comparing((String r) -> load.get(r)).thenComparing(r -> r))
                    .toList();
            for (int i = 0; i < missing && i < candidates.size(); i++) {
                assign(documentId, candidates.get(i));
                load.merge(candidates.get(i), 1, Integer::sum);
                made++;
            }
        }
        return made;
    }

    /**
     * Automatic assignment where the editor left choices to the project: all its reviewers when
     * {@code reviewers} is null, its reviewers-per-document setting when {@code perDocument} is null.
     */
    @Access.Editors
    @Transactional
    public int assignAutomatically(List<String> reviewers, Integer perDocument) {
        return assignAutomatically(
                reviewers != null ? reviewers : projects.actingMembersWith(Role.REVIEWER),
                perDocument != null ? perDocument.intValue() : settings.reviewersPerDocument());
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<String> reviewersOf(long documentId) {
        return assignments.findByDocumentId(documentId).stream()
                .map(Assignment::getReviewer)
                .sorted()
                .toList();
    }

    /** The signed-in reviewer's documents with progress. */
    @Access.Reviewers
    @Transactional(readOnly = true)
    public List<MyAssignment> myQueue() {
        List<Assignment> all = assignments.findByReviewerOrderByDocumentId(currentUser.name());
        Map<Long, DocumentRef> refs =
                documents.refs(all.stream().map(Assignment::getDocumentId).toList()); // this project's only
        List<Assignment> mine =
                all.stream().filter(a -> refs.containsKey(a.getDocumentId())).toList();
        List<Long> ids = mine.stream().map(Assignment::getDocumentId).toList();
        Map<Long, Long> counts = annotations.countOwn(ids);
        return mine.stream()
                .map(a -> new MyAssignment(
                        a.getDocumentId(),
                        refs.get(a.getDocumentId()).title(),
                        counts.getOrDefault(a.getDocumentId(), 0L),
                        a.isDone()))
                .toList();
    }

    @Override
    @Access.SignedIn
    @Transactional(readOnly = true)
    public boolean awaitsMyDone(long documentId) {
        return assignments
                .findByDocumentIdAndReviewer(documentId, currentUser.name())
                .map(a -> !a.isDone())
                .orElse(false);
    }

    /** The reviewer is finished with the document: in blind mode they now see the others' labels. */
    @Override
    @Access.Reviewers
    @Transactional
    public void markDone(long documentId) {
        Assignment assignment = assignments
                .findByDocumentIdAndReviewer(documentId, currentUser.name())
                .orElseThrow(() -> new IllegalArgumentException("This document is not assigned to you."));
        assignment.markDone(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
