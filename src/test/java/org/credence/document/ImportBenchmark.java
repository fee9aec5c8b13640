package org.credence.document;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.credence.AbstractServiceTest;
import org.credence.HeapMeter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Imports 10,000 generated news articles (html, docx, pdf, txt; with {@code -Dbench.formats=light} html
 * and txt only) through the batch import — the path the command line and the upload use — into a fresh
 * H2 file database, and in the same run parses the same files with raw Tika on one thread (the import
 * issue's baseline) and on as many threads as the import pool has. Prints the throughputs, the ratios
 * and the peak heap (the bench profile runs it under -Xmx512m).
 * A benchmark, not a test: {@code mvn -Pbench verify -Dit.test=ImportBenchmark}.
 */
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:file:./target/bench-import/credence;DB_CLOSE_ON_EXIT=FALSE")
class ImportBenchmark extends AbstractServiceTest {

    static final int FILES = Integer.getInteger("bench.files", 10_000);

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.search.SearchService search;

    static final boolean LIGHT = "light".equals(System.getProperty("bench.formats"));

    /** One folder per kind and size, so that the batch imports exactly the files raw Tika parses. */
    static final Path CORPUS = Path.of("target", "bench-corpus-" + (LIGHT ? "light" : "mixed") + "-" + FILES);

    @Autowired
    BatchImportService batches;

    @Autowired
    DocumentService documents;

    @Test
    void import_ten_thousand_files_against_raw_tika() throws Exception {
        long generating = System.nanoTime();
        List<Path> files = LIGHT
                ? SyntheticCorpus.write(CORPUS, FILES, SyntheticCorpus.LIGHT)
                : SyntheticCorpus.write(CORPUS, FILES);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH corpus: %d files, %.1f MB (made or reused in %.1f s)%n",
                files.size(),
                bytes / 1e6,
                (System.nanoTime() - generating) / 1e9);
        long project = org.credence.BenchProjects.project(context, "Import benchmark", java.util.Map.of());
        org.credence.BenchProjects.neighbour(context);
        signInTo(project, "editor", org.credence.security.Role.EDITOR);
        if (documents.count() > 0) {
            throw new IllegalStateException("The benchmark database is not empty: delete target/bench-import first.");
        }
        int threads = Runtime.getRuntime().availableProcessors();

        List<Path> warmUp = files.subList(0, Math.min(400, files.size()));
        rawTika(warmUp, threads); // warm the JIT for every run
        double singleSeconds = rawTika(files, 1);
        double rawSeconds = rawTika(files, threads);
        // The import's own code is warmed as Tika's was, in a project of its own (duplicates are per project),
        // so that both sides are compared as a running server would run them, not on the JIT's first pass.
        long warmUpProject = org.credence.BenchProjects.project(context, "Import warm-up", java.util.Map.of());
        signInTo(warmUpProject, "editor", org.credence.security.Role.EDITOR);
        batches.importAll(warmUp.stream().map(ImportInput::of).toList(), "benchmark", ImportOptions.DEFAULT, false);
        signInTo(project, "editor", org.credence.security.Role.EDITOR);

        HeapMeter.reset();
        long started = System.nanoTime();
        ImportBatch batch = batches.importAll(
                List.of(new ImportInput("bench-corpus", CORPUS)), "benchmark", ImportOptions.DEFAULT, false);
        double importSeconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = HeapMeter.peakBytes();

        ImportProgress progress = batch.progress();
        double singleRate = files.size() / singleSeconds;
        double rawRate = files.size() / rawSeconds;
        double importRate = progress.done() / importSeconds;
        System.out.printf(
                Locale.ROOT,
                "BENCH %s corpus, raw Tika (text only): 1 thread %d files in %.1f s = %.0f files/s;"
                        + " %d threads %.1f s = %.0f files/s%n",
                LIGHT ? "light (html, txt)" : "mixed (html, docx, pdf, txt)",
                files.size(),
                singleSeconds,
                singleRate,
                threads,
                rawSeconds,
                rawRate);
        System.out.printf(
                Locale.ROOT,
                "BENCH import (batch, H2 file): %s in %.1f s = %.0f files/s;"
                        + " import/raw ratio %.2f against one thread (the issue's baseline), %.2f against %d;"
                        + " peak heap %d MB (max %d MB)%n",
                progress.describe(),
                importSeconds,
                importRate,
                importRate / singleRate,
                importRate / rawRate,
                threads,
                peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        if (search.semanticEnabled()) {
            // Import returns before sentences are embedded (issue #14): how long the background takes after it.
            long embedding = System.nanoTime();
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofHours(2))
                    .pollInterval(java.time.Duration.ofSeconds(1))
                    .until(() -> search.semanticBacklog() == 0);
            System.out.printf(
                    Locale.ROOT,
                    "BENCH embedding after the import: every document's sentences embedded %.1f s after it returned%n",
                    (System.nanoTime() - embedding) / 1e9);
        }
        if (progress.created() != files.size()) {
            throw new IllegalStateException("Not every file was imported: "
                    + batch.problems().stream().limit(5).toList());
        }
        FileSystemUtils.deleteRecursively(Path.of("target/bench-import"));
    }

    /** Parses every file to text with Tika alone, in parallel; returns the wall-clock seconds. */
    private static double rawTika(List<Path> files, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<Integer>> parsed = files.stream()
                    .map(file -> pool.submit(() -> {
                        try (InputStream in = Files.newInputStream(file)) {
                            BodyContentHandler text = new BodyContentHandler(-1);
                            parser.parse(in, text, new Metadata(), new ParseContext());
                            return text.toString().length();
                        }
                    }))
                    .toList();
            for (Future<Integer> file : parsed) {
                file.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdown();
        }
    }
}
