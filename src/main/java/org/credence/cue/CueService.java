package org.credence.cue;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.base.domain.TextSpan;
import org.credence.document.DocumentService;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cue suggestions for a document: sentences whose wording marks them as hedged, attributed or denied,
 * without those the signed-in reviewer dismissed.
 */
@Service
public class CueService {

    private final CueDetector detector;
    private final CueDismissalRepository dismissals;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CueLexicon lexicon;
    private final org.credence.project.ProjectService projects;

    CueService(
            CueDetector detector,
            CueDismissalRepository dismissals,
            DocumentService documents,
            CurrentUser currentUser,
            Clock clock,
            CueLexicon lexicon,
            org.credence.project.ProjectService projects) {
        this.lexicon = lexicon;
        this.projects = projects;
        this.detector = detector;
        this.dismissals = dismissals;
        this.documents = documents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<CueSuggestion> suggestions(long documentId) {
        String text = documents.text(documentId);
        Set<TextSpan> dismissed = dismissals.findBySpanDocumentIdAndDismissedBy(documentId, currentUser.name()).stream()
                .map(CueDismissal::getSpan)
                .collect(Collectors.toSet());
        return detector
                .detect(text, lexicon.projectCues(projects.actingSettings().cueLexiconExtension()))
                .stream()
                .filter(c -> !dismissed.contains(new TextSpan(documentId, c.start(), c.end())))
                .toList();
    }

    /**
     * How the document's sentences that carry a cue present what they say (hedged, attributed, denied); a
     * sentence not listed asserts. Read from the text with the project's cue lexicon, never from anyone's
     * labels, so it may be shown to anyone in blind review.
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<PresentedSentence> presentations(long documentId) {
        return detector
                .detect(
                        documents.text(documentId),
                        lexicon.projectCues(projects.actingSettings().cueLexiconExtension()))
                .stream()
                .map(c -> new PresentedSentence(
                        c.start(), c.end(), org.credence.annotation.Presentation.fromCode(c.presentation())))
                .toList();
    }

    /** The reviewer does not want this suggestion; it stays away for them (others still see it). */
    @Access.Reviewers
    @Transactional
    public void dismiss(long documentId, int start, int end) {
        documents.ref(documentId).requireSpan(start, end);
        String me = currentUser.name();
        if (!dismissals.existsBySpanAndDismissedBy(new TextSpan(documentId, start, end), me)) {
            dismissals.save(
                    new CueDismissal(documentId, start, end, me, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
    }
}
