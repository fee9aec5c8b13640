package org.credence.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.credence.base.domain.Sha256;
import org.credence.document.extract.TextExtractor;
import org.credence.security.Access;
import org.credence.security.CallerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Service;

/**
 * Imports many files at once — uploads, folders, zip archives — in the background with progress.
 * Files are read one at a time and parsed in parallel on the import pool, with a bounded number in
 * flight, so memory stays bounded however many files a batch holds. Each file is imported by
 * {@link DocumentService#importFile} in its own transaction: one failure never stops the batch.
 */
@Service
public class BatchImportService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchImportService.class);
    private static final int RECENT_BATCHES = 20;

    private final DocumentService documents;
    private final TextExtractor extractor;
    private final ImportProperties properties;
    private final Executor importExecutor;
    private final Clock clock;
    private final int maxInFlight;
    /** Reads the files of each batch; parsing itself runs on the import pool. */
    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "import-batch");
        thread.setDaemon(true);
        return thread;
    });

    private final Deque<ImportBatch> recent = new ArrayDeque<>();
    private final CallerContext callerContext;
    private final ImportActivity activity;

    BatchImportService(
            DocumentService documents,
            TextExtractor extractor,
            ImportProperties properties,
            @Qualifier("importExecutor") Executor importExecutor,
            Clock clock,
            CallerContext callerContext,
            ImportActivity activity) {
        this.activity = activity;
        this.documents = documents;
        this.callerContext = callerContext; // worker threads carry the importing person's rights
        this.extractor = extractor;
        this.properties = properties;
        this.importExecutor = importExecutor;
        this.clock = clock;
        this.maxInFlight = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Starts importing in the background and returns at once. Folders are walked, zip archives are
     * opened (to {@code credence.import.max-archive-depth} levels). With {@code deleteWhenDone} the
     * input files are deleted afterwards (uploads' temporary files).
     */
    @Access.Importers
    public ImportBatch start(
            List<ImportInput> inputs, String importedBy, ImportOptions options, boolean deleteWhenDone) {
        ImportBatch batch = new ImportBatch(importedBy, clock.instant(), inputs.size());
        remember(batch);
        SecurityContext caller = callerContext.current();
        ImportActivity.Running running = activity.batchStarted();
        readers.execute(asCaller(
                () -> {
                    try {
                        run(batch, inputs, importedBy, options, caller);
                    } catch (RuntimeException e) {
                        log.error("Batch import {} stopped", batch.id(), e);
                    } finally {
                        running.close();
                        batch.finish();
                        if (deleteWhenDone) {
                            inputs.forEach(input -> deleteQuietly(input.file()));
                        }
                    }
                },
                caller));
        return batch;
    }

    /** {@link #start} and wait for the end: the API and the command line answer with the whole summary. */
    @Access.Importers
    public ImportBatch importAll(
            List<ImportInput> inputs, String importedBy, ImportOptions options, boolean deleteWhenDone) {
        ImportBatch batch = start(inputs, importedBy, options, deleteWhenDone);
        batch.completion().join();
        return batch;
    }

    /** Batches started by this user that are running or finished recently, newest first. */
    @Access.SignedIn
    public List<ImportBatch> recentBatches(String user) {
        synchronized (recent) {
            return recent.stream().filter(b -> b.startedBy().equals(user)).toList();
        }
    }

    private void remember(ImportBatch batch) {
        synchronized (recent) {
            recent.addFirst(batch);
            while (recent.size() > RECENT_BATCHES) {
                recent.removeLast();
            }
        }
    }

    private void run(
            ImportBatch batch,
            List<ImportInput> inputs,
            String importedBy,
            ImportOptions options,
            SecurityContext caller) {
        Semaphore inFlight = new Semaphore(maxInFlight);
        // The first file with given bytes is imported first; later copies in the same batch wait for it
        // and are then reported as its duplicates, whatever order the pool would have run them in.
        Map<String, CompletableFuture<Void>> firstWithBytes = new ConcurrentHashMap<>();
        Importer importer = (name, bytes, fetched) -> {
            int sequence = batch.nextSequence();
            inFlight.acquireUninterruptibly();
            CompletableFuture<Void> done = new CompletableFuture<>();
            Runnable work = asCaller(
                    () -> {
                        try {
                            batch.record(
                                    sequence,
                                    fetched == null
                                            ? documents.importFile(name, bytes, importedBy, options)
                                            : named(name, documents.importFetched(fetched, importedBy, options)));
                        } catch (RuntimeException e) {
                            log.error("Import of {} failed unexpectedly", name, e);
                            batch.record(
                                    sequence,
                                    ImportOutcome.failed(name, "The import failed unexpectedly: " + e.getMessage()));
                        } finally {
                            inFlight.release();
                            done.complete(null);
                        }
                    },
                    caller);
            CompletableFuture<Void> earlier = firstWithBytes.putIfAbsent(Sha256.of(bytes), done);
            try {
                if (earlier == null) {
                    importExecutor.execute(work);
                } else {
                    earlier.thenRunAsync(work, importExecutor);
                }
            } catch (RuntimeException rejected) {
                inFlight.release();
                done.complete(null);
                batch.record(
                        sequence,
                        ImportOutcome.failed(name, "The import could not be started: " + rejected.getMessage()));
            }
        };
        ArchiveReader archives = new ArchiveReader(batch, importer);
        for (ImportInput input : inputs) {
            if (batch.isCancelled()) {
                break;
            }
            importPath(batch, input.name(), input.file(), archives, importer);
        }
        inFlight.acquireUninterruptibly(maxInFlight); // every started file has finished
    }

    private void importPath(ImportBatch batch, String name, Path file, ArchiveReader archives, Importer importer) {
        try {
            if (Files.isDirectory(file)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(file)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(f.getFileName().toString()))
                            .sorted()
                            .toList();
                }
                batch.expectMore(files.size() - 1);
                for (Path child : files) {
                    if (batch.isCancelled()) {
                        return;
                    }
                    importPath(batch, file.relativize(child).toString(), child, archives, importer);
                }
            } else if (WebArchive.isWebArchive(name, file)) {
                WebArchive.Skipped skipped =
                        WebArchive.read(name, file, properties.maxFileSize().toBytes(), (pageName, page) -> {
                            batch.expectMore(1);
                            importer.importFile(pageName, page.bytes(), page);
                        });
                // The archive's own line: what it held besides pages (it takes the place the file was counted in).
                batch.record(
                        batch.nextSequence(),
                        ImportOutcome.skipped(
                                name,
                                skipped.records() == 0
                                        ? "Web archive opened; it held only pages."
                                        : "Web archive opened; " + skipped.describe()));
            } else if (extractor.isArchive(name, file)) {
                archives.open(name, file);
            } else if (Files.size(file) > properties.maxFileSize().toBytes()) {
                batch.record(
                        batch.nextSequence(),
                        ImportOutcome.failed(
                                name,
                                DocumentService.tooLarge(
                                        Files.size(file),
                                        properties.maxFileSize().toBytes())));
            } else {
                importer.importFile(name, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            batch.record(
                    batch.nextSequence(), ImportOutcome.failed(name, "The file could not be read: " + e.getMessage()));
        }
    }

    private Runnable asCaller(Runnable work, SecurityContext caller) {
        return callerContext.as(caller, work);
    }

    static boolean isHidden(String fileName) {
        return fileName.startsWith(".") || fileName.startsWith("__MACOSX");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary file {}", file, e);
        }
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }

    /** Hands one file's bytes to the import pool, waiting while too many are in flight. */
    @FunctionalInterface
    interface Importer {
        /** @param fetched for a page from a web archive, where and when it was captured; null for a file */
        void importFile(String name, byte[] bytes, org.credence.document.fetch.FetchedPage fetched);

        default void importFile(String name, byte[] bytes) {
            importFile(name, bytes, null);
        }
    }

    private static ImportOutcome named(String name, ImportOutcome outcome) {
        return new ImportOutcome(
                name, outcome.status(), outcome.documentId(), outcome.probableDuplicateOf(), outcome.message());
    }

    /**
     * Opens zip archives entry by entry, refusing what would exhaust the machine: more entries or
     * more uncompressed bytes than the limits, entries larger than the file-size limit (counted while
     * reading, never trusted from the header), and archives nested deeper than allowed.
     */
    private final class ArchiveReader {

        private final ImportBatch batch;
        private final Importer importer;
        private long entries;
        private long expandedBytes;

        ArchiveReader(ImportBatch batch, Importer importer) {
            this.batch = batch;
            this.importer = importer;
        }

        void open(String name, Path file) throws IOException {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                int files = 0;
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    if (!e.nextElement().isDirectory()) {
                        files++;
                    }
                }
                if (files > properties.maxArchiveEntries()) {
                    batch.record(
                            batch.nextSequence(),
                            ImportOutcome.failed(
                                    name,
                                    "The archive holds " + files + " files; the limit is "
                                            + properties.maxArchiveEntries() + ". Nothing in it was imported."));
                    return;
                }
                if (files == 0) {
                    batch.record(batch.nextSequence(), ImportOutcome.failed(name, "The zip archive holds no files."));
                    return;
                }
                batch.expectMore(files - 1);
                int left = files;
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    if (batch.isCancelled() || !withinLimits(name, left)) {
                        return;
                    }
                    left--;
                    if (skippedAsHidden(name, entry)) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        entry(name + "/" + entry.getName(), in, 1);
                    }
                }
            } catch (java.util.zip.ZipException e) {
                batch.record(
                        batch.nextSequence(),
                        ImportOutcome.failed(name, "The zip archive is damaged: " + e.getMessage()));
            }
        }

        private void entry(String name, InputStream in, int depth) throws IOException {
            byte[] bytes;
            try {
                bytes = readBounded(in);
            } catch (java.util.zip.ZipException e) {
                batch.record(
                        batch.nextSequence(), ImportOutcome.failed(name, "The entry is damaged: " + e.getMessage()));
                return;
            }
            if (bytes == null) {
                batch.record(
                        batch.nextSequence(),
                        ImportOutcome.failed(
                                name,
                                "The file is larger than the limit of "
                                        + DocumentService.humanSize(
                                                properties.maxFileSize().toBytes()) + "."));
                return;
            }
            expandedBytes += bytes.length;
            if (!extractor.isArchive(name, bytes)) {
                importer.importFile(name, bytes);
            } else if (depth < properties.maxArchiveDepth()) {
                nested(name, bytes, depth + 1);
            } else {
                // Refused before any parser opens it: Tika would otherwise unpack it (and everything in it).
                batch.record(
                        batch.nextSequence(),
                        ImportOutcome.failed(
                                name,
                                "Archives inside archives are opened only " + properties.maxArchiveDepth()
                                        + " level(s) deep; this one was not opened."));
            }
        }

        /** Hidden files and macOS metadata get a result line saying they were left out, never silence. */
        private boolean skippedAsHidden(String archive, ZipEntry entry) {
            if (!isHidden(lastSegment(entry.getName())) && !entry.getName().startsWith("__MACOSX")) {
                return false;
            }
            batch.record(
                    batch.nextSequence(),
                    ImportOutcome.skipped(
                            archive + "/" + entry.getName(),
                            "Left out: a hidden" + " file or macOS metadata (a name starting with '.' or __MACOSX)."));
            return true;
        }

        /** A zip inside a zip: its entries can only be found by reading it through. */
        private void nested(String name, byte[] zipBytes, int depth) throws IOException {
            int found = 0;
            try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.isDirectory()) {
                        continue;
                    }
                    if (found++ > 0) {
                        batch.expectMore(1);
                    }
                    if (batch.isCancelled() || !withinLimits(name, 1)) {
                        return;
                    }
                    if (!skippedAsHidden(name, entry)) {
                        entry(name + "/" + entry.getName(), zip, depth);
                    }
                }
            } catch (java.util.zip.ZipException e) {
                batch.record(
                        batch.nextSequence(),
                        ImportOutcome.failed(name, "The zip archive is damaged: " + e.getMessage()));
                return;
            }
            if (found == 0) {
                batch.record(batch.nextSequence(), ImportOutcome.failed(name, "The zip archive holds no files."));
            }
        }

        /** Counts the next entry; when a limit is passed, reports the rest of the archive as not imported. */
        private boolean withinLimits(String archive, int remaining) {
            entries++;
            String reason = null;
            if (entries > properties.maxArchiveEntries()) {
                reason = "holds more than " + properties.maxArchiveEntries() + " files";
            } else if (expandedBytes > properties.maxArchiveSize().toBytes()) {
                reason = "expands to more than "
                        + DocumentService.humanSize(properties.maxArchiveSize().toBytes());
            }
            if (reason == null) {
                return true;
            }
            batch.record(
                    batch.nextSequence(),
                    ImportOutcome.failed(
                            archive,
                            "The archive " + reason + " (a suspected zip bomb); " + remaining
                                    + " remaining file(s) in it were not imported."));
            batch.expectMore(1 - remaining);
            return false;
        }

        /** The entry's bytes, or null as soon as it passes the file-size limit. */
        private byte[] readBounded(InputStream in) throws IOException {
            long limit = properties.maxFileSize().toBytes();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        }

        /** Windows tools write a backslash between folders: "..\\notes.txt" names the file notes.txt, not a hidden one. */
        private static String lastSegment(String entryName) {
            String name = entryName.replace('\\', '/');
            int slash = name.lastIndexOf('/', name.length() - 2);
            return slash < 0 ? name : name.substring(slash + 1);
        }
    }
}
