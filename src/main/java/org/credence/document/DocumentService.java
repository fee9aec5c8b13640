package org.credence.document;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.credence.base.domain.Sha256;
import org.credence.document.extract.ExtractedText;
import org.credence.document.extract.ExtractionException;
import org.credence.document.extract.TextExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports files into immutable documents and reads them back. */
@Service
public class DocumentService {

    /** The review team, its editors and admins bring documents; researchers only read them. */
    static final String CAN_IMPORT = "hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')";
    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    private final DocumentRepository documents;
    private final TextExtractor extractor;
    private final ImportProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Executor importExecutor;

    DocumentService(DocumentRepository documents, TextExtractor extractor, ImportProperties properties,
            ApplicationEventPublisher events, Clock clock, @Qualifier("importExecutor") Executor importExecutor) {
        this.documents = documents;
        this.extractor = extractor;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.importExecutor = importExecutor;
    }

    /** {@link #importFile} on the import pool, so an upload never blocks the uploader's screen. */
    @PreAuthorize(CAN_IMPORT)
    public CompletableFuture<ImportOutcome> importInBackground(String fileName, byte[] bytes, String importedBy) {
        return CompletableFuture.supplyAsync(() -> importFile(fileName, bytes, importedBy), importExecutor);
    }

    /**
     * Imports one file. Never throws for a bad file: the outcome says what happened. Parsing runs
     * before any transaction opens, and the document is saved in one transaction of its own, so a
     * failed import leaves nothing behind.
     */
    @PreAuthorize(CAN_IMPORT)
    public ImportOutcome importFile(String fileName, byte[] bytes, String importedBy) {
        String name = fileName == null || fileName.isBlank() ? "unnamed file" : fileName;
        if (bytes == null || bytes.length == 0) {
            return ImportOutcome.failed(name, "The file is empty.");
        }
        if (bytes.length > properties.maxFileSize().toBytes()) {
            return ImportOutcome.failed(name, "The file is " + humanSize(bytes.length) + "; the limit is "
                    + humanSize(properties.maxFileSize().toBytes()) + ".");
        }
        String sha256 = Sha256.of(bytes);
        Optional<Document> existing = documents.findBySha256(sha256);
        if (existing.isPresent()) {
            return ImportOutcome.duplicate(name, existing.get().getId());
        }
        ExtractedText extracted;
        try {
            extracted = extractor.extract(name, bytes);
        } catch (ExtractionException e) {
            log.info("Import of {} failed: {}", name, e.getMessage());
            return ImportOutcome.failed(name, e.getMessage());
        }
        DocumentText text = DocumentText.normalise(extracted.text());
        if (text.isEmpty()) {
            return ImportOutcome.failed(name, "The file contains no text.");
        }
        Provenance provenance = ProvenanceReader.read(name, extracted, text);
        Document document = new Document(text, provenance, sha256, importedBy,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            Document saved = documents.save(document);
            events.publishEvent(new DocumentImported(saved.getId(), saved.getTitle()));
            return ImportOutcome.created(name, saved.getId());
        } catch (DataIntegrityViolationException raced) {
            // Another import of the same bytes committed first.
            return documents.findBySha256(sha256)
                    .map(d -> ImportOutcome.duplicate(name, d.getId()))
                    .orElseThrow(() -> raced);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<DocumentSummary> list(Pageable pageable) {
        return documents.findSummaries(pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return documents.count();
    }

    /** The document whose original bytes have this SHA-256, if imported. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> idBySha256(String sha256) {
        return documents.findBySha256(sha256).map(Document::getId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentDetails get(long id) {
        return documents.findById(id).map(DocumentDetails::of).orElseThrow(() -> new DocumentNotFoundException(id));
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
