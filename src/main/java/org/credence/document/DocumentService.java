package org.credence.document;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.credence.base.domain.Sha256;
import org.credence.document.extract.ExtractedText;
import org.credence.document.extract.ExtractionException;
import org.credence.document.extract.TextExtractor;
import org.credence.project.ActingProject;
import org.credence.security.Access;
import org.credence.source.SourceRef;
import org.credence.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports files into immutable documents and reads them back. */
@Service
public class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    private final DocumentRepository documents;
    private final DocumentOriginalRepository originals;
    private final DuplicateLookups duplicates;
    private final SourceService sources;
    private final TransactionTemplate transaction;
    private final TextExtractor extractor;
    private final ImportProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatementCounts statementCounts;

    /** Every read and import happens in the project the caller acts in. */
    private final ActingProject project;

    private final org.credence.project.ProjectService projects;
    private final org.credence.security.CurrentUser currentUser;

    DocumentService(
            DocumentRepository documents,
            DocumentOriginalRepository originals,
            DuplicateLookups duplicates,
            SourceService sources,
            PlatformTransactionManager transactions,
            TextExtractor extractor,
            ImportProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            StatementCounts statementCounts,
            ActingProject project,
            org.credence.project.ProjectService projects,
            org.credence.security.CurrentUser currentUser) {
        this.project = project;
        this.projects = projects;
        this.currentUser = currentUser;
        this.statementCounts = statementCounts;
        this.documents = documents;
        this.originals = originals;
        this.duplicates = duplicates;
        this.sources = sources;
        this.transaction = new TransactionTemplate(transactions);
        this.extractor = extractor;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Access.Importers
    public ImportOutcome importFile(String fileName, byte[] bytes, String importedBy) {
        return importFile(fileName, bytes, importedBy, ImportOptions.DEFAULT);
    }

    /**
     * Imports one file. Never throws for a bad file: the outcome says what happened. Parsing runs
     * before any transaction opens, and the document and its original bytes are saved in one
     * transaction of their own, so a failed import leaves nothing behind.
     */
    @Access.Importers
    public ImportOutcome importFile(String fileName, byte[] bytes, String importedBy, ImportOptions options) {
        return importBytes(fileName, bytes, importedBy, options, null);
    }

    /**
     * Imports a page fetched by URL: as a file, plus where it was found after redirects, when, and the
     * server's date; its URL is its canonical link when it names one, else the final URL.
     */
    @Access.Importers
    public ImportOutcome importFetched(
            org.credence.document.fetch.FetchedPage page, String importedBy, ImportOptions options) {
        return importBytes(page.fileName(), page.bytes(), importedBy, options, page);
    }

    private ImportOutcome importBytes(
            String fileName,
            byte[] bytes,
            String importedBy,
            ImportOptions options,
            org.credence.document.fetch.FetchedPage fetched) {
        String name = fileName == null || fileName.isBlank() ? "unnamed file" : fileName;
        if (!mayImport()) {
            return ImportOutcome.failed(name, REVIEWERS_MAY_NOT_IMPORT);
        }
        if (bytes == null || bytes.length == 0) {
            return ImportOutcome.failed(name, "The file is empty.");
        }
        if (bytes.length > properties.maxFileSize().toBytes()) {
            return ImportOutcome.failed(
                    name, tooLarge(bytes.length, properties.maxFileSize().toBytes()));
        }
        String sha256 = Sha256.of(bytes);
        long projectId = project.id();
        Optional<Long> existing = duplicates.sameBytes(projectId, sha256);
        if (existing.isPresent()) {
            return ImportOutcome.duplicate(name, existing.get());
        }
        ExtractedText extracted;
        try {
            extracted = extractor.extract(name, bytes, options.mainContentOnly());
        } catch (ExtractionException e) {
            log.info("Import of {} failed: {}", name, e.getMessage());
            return ImportOutcome.failed(name, e.getMessage());
        }
        // Batches open archives themselves; one that reaches here lies deeper than they go. Asking the
        // parse what it found costs nothing, where detecting before parsing cost every file a second pass.
        if (extracted.contentType() != null && extracted.contentType().startsWith("application/zip")) {
            return ImportOutcome.failed(
                    name,
                    "Archives inside archives are opened only " + properties.maxArchiveDepth()
                            + " level(s) deep; this one was not opened.");
        }
        DocumentText text = DocumentText.normalise(extracted.text());
        if (text.isEmpty()) {
            return ImportOutcome.failed(name, "The file contains no text.");
        }
        Provenance provenance = ProvenanceReader.read(name, extracted, text);
        if (fetched != null && provenance.url() == null) {
            provenance = provenance.withUrl(ProvenanceReader.url(fetched.finalUrl()));
        }
        Long sourceId = sources.findOrCreate(provenance.publisher(), provenance.url())
                .map(SourceRef::id)
                .orElse(null);
        Document document = new Document(
                projectId,
                text,
                provenance,
                sourceId,
                options.mainContentOnly(),
                sha256,
                importedBy,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (fetched != null) {
            document.recordFetch(fetched);
        }
        // One import at a time per link on this node, from finding the latest version to carrying its
        // statements over: two captures of a page parsed in parallel (a web archive) form one chain.
        Object lock = linkLock(document);
        if (lock == null) {
            return saveVersion(name, bytes, sha256, projectId, document, extracted.skippedEmbedded());
        }
        synchronized (lock) {
            return saveVersion(name, bytes, sha256, projectId, document, extracted.skippedEmbedded());
        }
    }

    private ImportOutcome saveVersion(
            String name, byte[] bytes, String sha256, long projectId, Document document, int skippedEmbedded) {
        ArticleVersionRow latest = latestVersion(projectId, document).orElse(null);
        if (latest != null && latest.textSha256().equals(document.getTextSha256())) {
            return ImportOutcome.unchanged(name, latest.id());
        }
        if (latest != null) {
            document.follow(latest);
        }
        Long sameText = duplicates
                .firstWithSameText(projectId, document.getTextSha256())
                .orElse(null);
        Document saved;
        try {
            saved = transaction.execute(tx -> {
                Document stored = documents.saveAndFlush(document);
                originals.save(new DocumentOriginal(stored.getId(), bytes));
                if (latest != null) {
                    // Inside the same transaction: a later version is stored with its earlier version's
                    // statements carried over, or not at all; whoever sees it (another node's import of
                    // version 3 included) sees them.
                    events.publishEvent(new VersionImported(stored.getId(), latest.id()));
                }
                return stored;
            });
        } catch (RuntimeException failed) {
            return failedSave(name, sha256, projectId, latest, failed);
        }
        events.publishEvent(new DocumentImported(saved.getId(), saved.getTitle(), saved.getPreviousVersionId()));
        return latest == null
                ? ImportOutcome.created(name, saved.getId(), sameText, skippedEmbedded)
                : ImportOutcome.newVersion(name, saved.getId(), saved.getVersionNumber(), latest.id());
    }

    /**
     * The save (or carrying the earlier version's statements over) failed and nothing was stored: the same
     * bytes committed first elsewhere, another version of the article was imported at the same moment, or
     * the carry failed — said, never a half-imported version.
     */
    private ImportOutcome failedSave(
            String name, String sha256, long projectId, ArticleVersionRow latest, RuntimeException failed) {
        Optional<Long> sameBytes = duplicates.sameBytes(projectId, sha256);
        if (sameBytes.isPresent() && failed instanceof DataIntegrityViolationException) {
            return ImportOutcome.duplicate(name, sameBytes.get());
        }
        if (latest == null) {
            throw failed;
        }
        if (failed instanceof DataIntegrityViolationException) {
            return ImportOutcome.failed(
                    name,
                    "Another version of this page was imported at the same moment; nothing was stored. Import it"
                            + " again to add it as the next version.");
        }
        log.warn("Import of {} as a later version of document {} failed", name, latest.id(), failed);
        return ImportOutcome.failed(
                name,
                "The statements of the earlier version (document " + latest.id() + ") could not be carried over,"
                        + " so nothing was stored: " + failed.getMessage());
    }

    private final Object[] linkLocks =
            java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    /** Null for a document without a link: it cannot be a version, and files without one never wait. */
    private Object linkLock(Document document) {
        String link = document.getUrl() != null ? document.getUrl() : document.getFetchedFrom();
        return link == null ? null : linkLocks[Math.floorMod(link.hashCode(), linkLocks.length)];
    }

    /**
     * The newest version of the article a new document continues: one in the project with the same link
     * (its canonical or final URL, or the address it was fetched from). Files without a link have none.
     */
    private Optional<ArticleVersionRow> latestVersion(long projectId, Document document) {
        java.util.Set<String> links = new java.util.HashSet<>();
        if (document.getUrl() != null && !document.getUrl().isBlank()) {
            links.add(document.getUrl());
        }
        if (document.getFetchedFrom() != null) {
            links.add(document.getFetchedFrom());
        }
        return links.isEmpty()
                ? Optional.empty()
                : documents.findLatestVersions(projectId, links).stream().findFirst();
    }

    /** Where the document stands among the versions of its article. */
    private ArticleVersion articleVersion(Document document) {
        if (document.getFirstVersionId() == null && !documents.existsByPreviousVersionId(document.getId())) {
            return ArticleVersion.ONLY;
        }
        long first = document.getFirstVersionId() == null ? document.getId() : document.getFirstVersionId();
        java.util.List<Long> ids = documents.findVersionIds(first);
        int index = ids.indexOf(document.getId());
        return new ArticleVersion(
                index + 1,
                ids.size(),
                index > 0 ? ids.get(index - 1) : null,
                index + 1 < ids.size() ? ids.get(index + 1) : null);
    }

    /**
     * What changed between a document and its previous version, word by word.
     *
     * @throws IllegalArgumentException when the document is the first version of its article
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public VersionChanges changes(long id) {
        Document document = inProject(id);
        if (document.getPreviousVersionId() == null) {
            throw new IllegalArgumentException("Document " + id + " is the first version of its article.");
        }
        Document previous = inProject(document.getPreviousVersionId());
        return new VersionChanges(
                previous.getId(),
                id,
                document.getVersionNumber(),
                WordDiff.between(previous.getText(), document.getText()));
    }

    static final String REVIEWERS_MAY_NOT_IMPORT =
            "In this project only editors import documents (see the project's settings).";

    /**
     * Whether the caller may import into the project they act in: its editors and administrators always,
     * its reviewers unless the project's settings say only editors import; researchers never.
     */
    @Access.SignedIn
    public boolean mayImport() {
        return currentUser.has(org.credence.security.Role.EDITOR)
                || currentUser.has(org.credence.security.Role.ADMIN)
                || currentUser.has(org.credence.security.Role.REVIEWER)
                        && projects.actingSettings().reviewersMayImport();
    }

    static String tooLarge(long size, long limit) {
        return "The file is " + humanSize(size) + "; the limit is " + humanSize(limit) + ".";
    }

    /** The file a document was imported from, byte for byte. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public OriginalFile original(long id) {
        Document document = inProject(id);
        byte[] content = originals
                .findById(id)
                .map(DocumentOriginal::getContent)
                .orElseThrow(() -> new DocumentNotFoundException(id));
        return new OriginalFile(
                document.getOriginalFileName(), document.getContentType(), document.getSha256(), content);
    }

    /**
     * Corrects a document's provenance (never its text). The source follows the corrected publisher
     * or URL. Refused when someone else corrected it since {@code expectedVersion} was read.
     */
    @Access.Importers
    @Transactional
    public DocumentDetails correctProvenance(long id, ProvenanceCorrection correction, String editor) {
        Document document = inProject(id);
        if (document.getVersion() != correction.expectedVersion()) {
            throw new OptimisticLockingFailureException("The details of this document were changed by "
                    + document.getModifiedBy() + " meanwhile; nothing was overwritten. Reload them and try again.");
        }
        if (correction.title() == null || correction.title().isBlank()) {
            throw new IllegalArgumentException("A document needs a title.");
        }
        ProvenanceCorrection clean = ProvenanceReader.clean(correction);
        SourceRef source = sources.findOrCreate(clean.publisher(), clean.url()).orElse(null);
        document.correct(
                clean,
                source == null ? null : source.id(),
                editor,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        documents.flush();
        return DocumentDetails.of(document, source, articleVersion(document));
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public Slice<DocumentSummary> list(Pageable pageable) {
        Slice<DocumentSummary> page = documents.findSummaries(project.id(), pageable);
        java.util.Map<Long, StatementCounts.Tally> counts =
                statementCounts.visibleOn(page.map(DocumentSummary::id).getContent());
        java.util.Map<Long, SourceRef> sourceRefs =
                sources.refs(page.map(DocumentSummary::sourceId).getContent());
        return page.map(d -> d.withCounts(
                counts.getOrDefault(d.id(), StatementCounts.Tally.NONE),
                d.sourceId() == null || !sourceRefs.containsKey(d.sourceId())
                        ? null
                        : sourceRefs.get(d.sourceId()).name()));
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public long count() {
        return documents.countByProjectId(project.id());
    }

    /** The document whose original bytes have this SHA-256, if imported. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public Optional<Long> idBySha256(String sha256) {
        return duplicates.sameBytes(project.id(), sha256);
    }

    /** Ids of the documents from {@code fromId} on, ascending: how indexes find what they have not seen. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.List<Long> idsFrom(long fromId) {
        return documents.findIdsFrom(fromId);
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.List<SearchableText> texts(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.List.of() : documents.findTexts(ids);
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public DocumentDetails get(long id) {
        Document document = inProject(id);
        return DocumentDetails.of(
                document,
                document.getSourceId() == null
                        ? null
                        : sources.refs(java.util.List.of(document.getSourceId()))
                                .get(document.getSourceId()),
                articleVersion(document));
    }

    /** The document as lists name it, without its text. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public DocumentRef ref(long id) {
        return refs(java.util.List.of(id)).values().stream()
                .findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(id));
    }

    /** The documents among these that exist, by id, in batch queries (IN lists stay within every database's limits). */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.Map<Long, DocumentRef> refs(java.util.Collection<Long> ids) {
        java.util.List<DocumentRefRow> rows =
                org.credence.base.domain.InBatches.read(ids, batch -> documents.findRefs(project.id(), batch));
        java.util.Map<Long, SourceRef> sourceRefs =
                sources.refs(rows.stream().map(DocumentRefRow::sourceId).toList());
        java.util.Map<Long, DocumentRef> refs = new java.util.HashMap<>();
        rows.forEach(r -> refs.put(
                r.id(),
                new DocumentRef(
                        r.id(),
                        r.title(),
                        r.sourceId() == null ? null : sourceRefs.get(r.sourceId()),
                        r.publishedDate(),
                        r.charCount())));
        return refs;
    }

    /** The document's plain text, without the rest of the row. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public String text(long id) {
        return documents.findText(project.id(), id).orElseThrow(() -> new DocumentNotFoundException(id));
    }

    /** Every document's id in the project, ascending. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.List<Long> ids() {
        return documents.findAllIds(project.id());
    }

    /** A document of the acting project; one elsewhere is answered as missing. */
    private Document inProject(long id) {
        return documents
                .findById(id)
                .filter(d -> d.getProjectId() == project.id())
                .orElseThrow(() -> new DocumentNotFoundException(id));
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
