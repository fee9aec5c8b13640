package org.credence.annotation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.credence.annotation.StatementEvents.StatementCreated;
import org.credence.document.DocumentService;
import org.credence.document.VersionImported;
import org.credence.document.WordDiff;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries the statements of an article's earlier version over to a later version when it is imported
 * (issue #17), and says what became of each. Every statement is carried, whoever made it: in its
 * author's name, with the person who imported the later version named in its history as the one who
 * carried it over. Reading the outcome goes through {@link StatementVisibility} like every other read.
 */
@Service
public class CarriedStatements {

    private static final Logger log = LoggerFactory.getLogger(CarriedStatements.class);

    private final StatementRepository statements;
    private final StatementCarryRepository carries;
    private final DocumentService documents;
    private final StatementVisibility visibility;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarriedStatements(
            StatementRepository statements,
            StatementCarryRepository carries,
            DocumentService documents,
            StatementVisibility visibility,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.statements = statements;
        this.carries = carries;
        this.documents = documents;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A later version is being stored: carry the earlier one's statements over in the same transaction,
     * so the version exists with them or not at all.
     */
    @EventListener
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void on(VersionImported imported) {
        long previous = imported.previousVersionId();
        long next = imported.documentId();
        String text = documents.text(next);
        WordDiff diff = WordDiff.between(documents.text(previous), text);
        String by = currentUser.name();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int kept = 0;
        int changed = 0;
        int vanished = 0;
        for (Statement from : statements.findByDocumentInTextOrder(previous)) {
            Reanchoring.Anchor anchor = Reanchoring.find(
                    from.getQuote(), from.getPrefix(), from.getSuffix(), from.getStart(), from.getEnd(), text, diff);
            Long carriedId = null;
            if (anchor.outcome() != CarryOutcome.VANISHED) {
                StatementSpan span = StatementSpan.of(text, anchor.start(), anchor.end());
                Statement carried = statements.save(
                        new Statement(from.getProjectId(), next, span, from.getDetails(), from.getAuthor(), now));
                carriedId = carried.getId();
                events.publishEvent(
                        new StatementCreated(StatementView.of(carried), by, StatementEvents.Origin.CARRIED));
            }
            carries.save(new StatementCarry(from, next, carriedId, anchor.outcome(), by, now));
            switch (anchor.outcome()) {
                case KEPT -> kept++;
                case CHANGED -> changed++;
                case VANISHED -> vanished++;
            }
        }
        statements.flush();
        log.info(
                "Version {} of document {}: {} statements carried over, {} with changed text, {} vanished",
                next,
                previous,
                kept,
                changed,
                vanished);
    }

    /**
     * What became of the previous version's statements on this document, those the signed-in user may see
     * on both versions (blind review hides the others' as everywhere else); empty for a first version.
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<CarriedStatement> carriedTo(long documentId) {
        documents.ref(documentId); // DocumentNotFoundException: not an empty list
        // Each row tells of a statement on the earlier version too (its quote, label, author): it must be
        // visible there as well as here, or a reviewer done with version 2 but not version 1 would read it.
        List<StatementCarry> visibleHere = visibility.visibleAmong(
                carries.findByDocument(documentId), StatementCarry::getDocumentId, StatementCarry::getAuthor);
        return visibility
                .visibleAmong(visibleHere, StatementCarry::getPreviousDocumentId, StatementCarry::getAuthor)
                .stream()
                .map(StatementCarry::view)
                .toList();
    }
}
