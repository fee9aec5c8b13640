package org.credence.source;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.credence.base.domain.FreeText;
import org.credence.security.Access;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The publishers documents come from: matched or created on import, listed with their document counts. */
@Service
public class SourceService {

    private final SourceRepository sources;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    private final DocumentsPerSource documentCounts;

    SourceService(
            SourceRepository sources,
            Clock clock,
            PlatformTransactionManager transactions,
            DocumentsPerSource documentCounts) {
        this.documentCounts = documentCounts;
        this.sources = sources;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The source with this domain, else the one with this name, else a new one; empty when neither is
     * known. Runs in a transaction of its own and retries once, because parallel imports from one
     * publisher race to create it and the unique domain index lets only one win.
     */
    @Access.SignedIn
    public Optional<SourceRef> findOrCreate(String publisher, String url) {
        String domain = SourceNames.domainOf(url);
        String name = SourceNames.clean(publisher);
        if (domain == null && name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ownTransaction.execute(tx -> SourceRef.of(match(name, domain))));
        } catch (DataIntegrityViolationException lostTheRace) {
            return Optional.of(ownTransaction.execute(tx -> SourceRef.of(match(name, domain))));
        }
    }

    private Source match(String name, String domain) {
        if (domain != null) {
            Optional<Source> byDomain = sources.findByDomain(domain);
            if (byDomain.isPresent()) {
                return byDomain.get();
            }
        }
        if (name != null) {
            Optional<Source> byName = sources.findFirstByNameIgnoreCaseOrderByIdAsc(name);
            if (byName.isPresent() && (domain == null || byName.get().getDomain() == null)) {
                // A publisher first seen without a URL learns its domain from the first document that has one.
                byName.get().learnDomain(domain);
                return byName.get();
            }
        }
        Source created =
                new Source(name != null ? name : domain, domain, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return sources.saveAndFlush(created);
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<SourceSummary> list() {
        java.util.Map<Long, Long> counts = documentCounts.counts();
        // Shared across projects, but a source known only from another project's documents stays unseen
        // here (its name would tell of that investigation); sources entered by hand are listed everywhere.
        java.util.Set<Long> usedAnywhere = documentCounts.withDocumentsAnywhere();
        return sources.findSummaries().stream()
                .filter(s -> counts.containsKey(s.id()) || !usedAnywhere.contains(s.id()))
                .map(s -> s.withDocumentCount(counts.getOrDefault(s.id(), 0L)))
                .toList();
    }

    /** The sources among these ids, by id, in batch queries. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.Map<Long, SourceRef> refs(java.util.Collection<Long> ids) {
        java.util.Map<Long, SourceRef> refs = new java.util.HashMap<>();
        org.credence.base.domain.InBatches.read(ids, sources::findAllById)
                .forEach(s -> refs.put(s.getId(), SourceRef.of(s)));
        return refs;
    }

    /**
     * Grades a source's reliability A–F with the reason (null grade: ungraded), refused when someone
     * regraded it since {@code expectedVersion} was read.
     */
    @Access.EditorsAndAdmins
    @Transactional
    public SourceSummary grade(long id, long expectedVersion, Reliability clean, String rationale, String by) {
        Source source = sources.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("Source " + id + " does not exist."));
        if (source.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("This source was graded by "
                    + source.getGradedBy() + " meanwhile; nothing was overwritten. Reload and try again.");
        }
        if (clean != null && (rationale == null || rationale.isBlank())) {
            throw new IllegalArgumentException("A grade needs its reason.");
        }
        source.grade(
                clean,
                clean == null ? null : FreeText.check("The reason for a grade", rationale, 5_000),
                by,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        sources.flush();
        return sources.findSummary(id)
                .orElseThrow()
                .withDocumentCount(documentCounts.counts().getOrDefault(id, 0L));
    }
}
