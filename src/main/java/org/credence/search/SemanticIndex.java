package org.credence.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.document.DocumentImported;
import org.credence.document.DocumentTexts;
import org.credence.document.ImportActivity;
import org.credence.document.SearchableText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Embeds every document's sentences once, in the background after its import has returned (an import
 * never waits for the model), stores the vectors and keeps this node's {@link VectorIndex} up to date.
 * Documents from before this feature, or imported while a node was down, are embedded at start-up; rows
 * another node wrote are read from the database, never computed again.
 */
@Component
class SemanticIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SemanticIndex.class);
    /** Rows are read back this far below the highest seen, in case a lower id committed late. */
    private static final long LATE_COMMIT_WINDOW = 5_000;
    /** Another node's new vectors are looked for at most this often (this node's are added at once). */
    private static final long CATCH_UP_INTERVAL_NANOS = 2_000_000_000L;

    private final SentenceEmbeddingRepository embeddings;
    private final VectorIndex index;
    private final DocumentTexts texts;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ImportActivity imports;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "semantic-index");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY); // people's requests first
        return thread;
    });
    private final AtomicInteger backlog = new AtomicInteger();
    /** Completed when the app is ready or someone waits for the embeddings; the start-up look waits for it. */
    private final java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();

    private volatile long highestRow;
    private volatile long lastCatchUp;

    SemanticIndex(
            SentenceEmbeddingRepository embeddings,
            VectorIndex index,
            DocumentTexts texts,
            PlatformTransactionManager transactions,
            org.springframework.context.ApplicationEventPublisher events,
            ImportActivity imports,
            @Value("${credence.semantic.enabled:true}") boolean enabled) {
        this.imports = imports;
        this.events = events;
        this.embeddings = embeddings;
        this.index = index;
        this.texts = texts;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        startNow();
    }

    /** Begins embedding at once, also before the app is ready: for a caller that waits for the backlog. */
    void startNow() {
        started.complete(null);
    }

    /** Documents waiting to be embedded on this node. */
    int backlog() {
        return backlog.get();
    }

    @EventListener
    void on(DocumentImported imported) {
        if (enabled) {
            submit(List.of(imported.documentId()), Set.of());
        }
    }

    /**
     * Loads the model and embeds what no node has embedded yet (documents from before this feature). On
     * "started", before command-line runners: the backlog counts this look from then on, so a discovery
     * started from the command line waits for what it finds instead of seeing an empty backlog. The work
     * itself waits until the app is ready (loading the model takes a second of both cores, which the
     * start-up needs), unless something needs the embeddings before that ({@link #startNow()}).
     */
    @EventListener(ApplicationStartedEvent.class)
    void catchUpOnStart() {
        if (!enabled) {
            return;
        }
        backlog.incrementAndGet();
        worker.submit(() -> {
            try {
                started.join();
                // What is embedded already is loaded into this node's index now, not by the first search
                // (on 10,000 documents that search waited two minutes for it).
                try {
                    catchUp();
                } catch (RuntimeException e) {
                    log.warn("Semantic index: the stored vectors could not be loaded at start: {}", e.getMessage());
                }
                SentenceEncoder.load();
                Set<Long> done = new HashSet<>(embeddings.findEmbeddedDocumentIds(SentenceEncoder.MODEL));
                List<Long> missing = texts.idsFrom(0).stream()
                        .filter(id -> !done.contains(id))
                        .toList();
                if (!missing.isEmpty()) {
                    Set<Long> earlierModel =
                            new HashSet<>(embeddings.findDocumentIdsEmbeddedByAnotherModel(SentenceEncoder.MODEL));
                    log.info(
                            "Semantic index: embedding {} documents imported before it or while this node was down"
                                    + " ({} of them embedded by an earlier model).",
                            missing.size(),
                            missing.stream().filter(earlierModel::contains).count());
                    submit(missing, earlierModel);
                }
            } finally {
                backlog.decrementAndGet();
            }
        });
    }

    private void submit(List<Long> documentIds, Set<Long> earlierModel) {
        backlog.addAndGet(documentIds.size());
        for (long id : documentIds) {
            worker.submit(() -> {
                try {
                    waitWhileABatchImports();
                    if (embed(id, earlierModel.contains(id))) {
                        embeddedSinceDrained.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    log.warn("Semantic index: document {} was not embedded: {}", id, e.getMessage());
                } finally {
                    // Each document embedded here is a segment of its own until merged: after a large
                    // backlog (an upgrade, a big import) the index is merged into one. Imports one at a
                    // time are left to Lucene's own merging (a full merge rewrites the whole index).
                    if (backlog.decrementAndGet() == 0
                            && embeddedSinceDrained.getAndSet(0) >= COMPACT_AFTER_DOCUMENTS) {
                        index.compactInBackground();
                    }
                }
            });
        }
    }

    /**
     * A batch import gets both cores: the model's inference runs on native threads that thread priority
     * does not hold back, and beside a batch it halved the import's speed. The batch's documents are
     * embedded when it ends (searchable by words meanwhile).
     */
    private void waitWhileABatchImports() {
        while (imports.batchRunning()) {
            try {
                Thread.sleep(BATCH_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final long BATCH_POLL_MILLIS = 200;

    /**
     * Embeds one document's sentences and stores them in one transaction; another node's copy wins a race.
     * False when there was nothing to do (gone, or in the index already). {@code reembedding} when the
     * document has vectors of an earlier model, which are replaced in the same transaction (vectors are
     * derived data: nothing is lost, and the table does not keep both).
     */
    boolean embed(long documentId, boolean reembedding) {
        List<SearchableText> found = texts.of(List.of(documentId));
        if (found.isEmpty() || index.contains(documentId)) {
            return false;
        }
        SearchableText document = found.get(0);
        List<SentenceSpan> sentences = Sentences.of(document.text());
        List<float[]> vectors = SentenceEncoder.encode(
                sentences.stream().map(SentenceSpan::text).toList());
        List<VectorIndex.Unit> units = new ArrayList<>();
        List<SentenceEmbedding> rows = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceSpan s = sentences.get(i);
            units.add(new VectorIndex.Unit(s.start(), s.end(), s.text(), vectors.get(i)));
            rows.add(new SentenceEmbedding(documentId, s.start(), s.end(), SentenceEncoder.MODEL, vectors.get(i)));
        }
        try {
            transaction.executeWithoutResult(tx -> {
                embeddings.saveAll(rows);
                if (reembedding) {
                    embeddings.deleteOtherModels(documentId, SentenceEncoder.MODEL);
                }
            });
        } catch (DataIntegrityViolationException embeddedElsewhere) {
            log.debug("Document {} was embedded by another node meanwhile.", documentId);
        }
        index.add(List.of(
                new VectorIndex.EmbeddedDocument(documentId, document.projectId(), document.sourceId(), units)));
        events.publishEvent(new SentencesEmbedded(documentId, document.projectId(), reembedding));
        return true;
    }

    /** Takes in vectors other nodes stored since the last look (at most every two seconds). */
    void catchUp() {
        long now = System.nanoTime();
        if (now - lastCatchUp < CATCH_UP_INTERVAL_NANOS) {
            return;
        }
        lastCatchUp = now;
        synchronized (this) {
            long after = Math.max(0, highestRow - LATE_COMMIT_WINDOW);
            Set<Long> newDocuments = new java.util.TreeSet<>();
            for (Object[] row : embeddings.findDocumentsFrom(after, SentenceEncoder.MODEL)) {
                highestRow = Math.max(highestRow, (Long) row[0]);
                if (!index.contains((Long) row[1])) {
                    newDocuments.add((Long) row[1]);
                }
            }
            List<Long> ids = new ArrayList<>(newDocuments);
            try {
                for (int from = 0; from < ids.size(); from += 100) {
                    List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 100));
                    Map<Long, List<SentenceEmbedding>> byDocument = new LinkedHashMap<>();
                    embeddings
                            .findByDocumentIdInAndModelOrderByStartAsc(batch, SentenceEncoder.MODEL)
                            .forEach(row -> byDocument
                                    .computeIfAbsent(row.getDocumentId(), d -> new ArrayList<>())
                                    .add(row));
                    addFromDatabase(byDocument);
                }
            } finally {
                // Whatever was added is counted as indexed: it must become searchable, even if a later
                // batch failed (it would never be added again).
                if (!ids.isEmpty()) {
                    index.refresh();
                }
            }
            if (ids.size() >= COMPACT_AFTER_DOCUMENTS) {
                index.compactInBackground();
            }
        }
    }

    private final java.util.concurrent.atomic.AtomicInteger embeddedSinceDrained =
            new java.util.concurrent.atomic.AtomicInteger();

    /** A load this large (a node's start on a library, another node's bulk import) is worth one merge. */
    static final int COMPACT_AFTER_DOCUMENTS = 500;

    private void addFromDatabase(Map<Long, List<SentenceEmbedding>> byDocument) {
        if (byDocument.isEmpty()) {
            return;
        }
        List<VectorIndex.EmbeddedDocument> documents = new ArrayList<>();
        for (SearchableText document : texts.of(byDocument.keySet())) {
            String text = document.text();
            List<VectorIndex.Unit> units = byDocument.get(document.id()).stream()
                    .map(row -> new VectorIndex.Unit(
                            row.getStart(),
                            row.getEnd(),
                            text.substring(
                                    text.offsetByCodePoints(0, row.getStart()),
                                    text.offsetByCodePoints(0, row.getEnd())),
                            row.vector()))
                    .toList();
            documents.add(
                    new VectorIndex.EmbeddedDocument(document.id(), document.projectId(), document.sourceId(), units));
        }
        index.addUnseen(documents);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
