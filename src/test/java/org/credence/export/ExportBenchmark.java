package org.credence.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.credence.AbstractServiceTest;
import org.credence.HeapMeter;
import org.credence.base.domain.Sha256;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streaming export of 1,000,000 statements under a 512 MB heap (the bench profile sets -Xmx512m):
 * prints records per second for the JSONL export from the database, the same for plain Jackson
 * serialisation of the same records already in memory, their ratio, and the peak heap.
 * Then the whole corpus as a dataset zip (statements plus every document's text), for its heap.
 * A benchmark, not a test: {@code mvn -Pbench verify -Dit.test=ExportBenchmark}; on PostgreSQL add
 * {@code -Dbench.export.url=jdbc:postgresql://localhost:5432/credence_bench -Dspring.datasource.username=credence
 * -Dspring.datasource.password=credence} (docs/benchmarks.md).
 */
@TestPropertySource(
        properties = "spring.datasource.url="
                + "${bench.export.url:jdbc:h2:file:./target/bench-export/credence;DB_CLOSE_ON_EXIT=FALSE}")
class ExportBenchmark extends AbstractServiceTest {

    static final int DOCUMENTS = 1_000;
    static final int PER_DOCUMENT = 1_000;
    static final int RAW_SAMPLE = 200_000;
    static final int NEIGHBOUR_DOCUMENTS = 100;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExportService exports;

    @Autowired
    ExportRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.credence.review.AgreementService agreement;

    /**
     * A fresh H2 file every run: one that had been through many runs (and a migration) read the same
     * rows 40% slower, which made runs incomparable. Seeding it takes about 10 s.
     */
    @org.junit.jupiter.api.BeforeAll
    static void freshH2File() throws java.io.IOException {
        if (System.getProperty("bench.export.url") == null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(java.nio.file.Path.of("target/bench-export"));
        }
    }

    @Test
    void export_a_million_statements() throws Exception {
        long project = org.credence.BenchProjects.project(
                context, "Export benchmark", java.util.Map.of("researcher", Role.RESEARCHER));
        seedIfEmpty(project, "bench", DOCUMENTS);
        // Another project's work in the same tables, a tenth as much: the export must pass it by.
        seedIfEmpty(org.credence.BenchProjects.neighbour(context), "neighbour", NEIGHBOUR_DOCUMENTS);
        signInTo(project, "researcher", Role.RESEARCHER);
        // One pass to warm the JIT and the database cache, counting its lines; the second is measured
        // into a sink that only counts bytes, as plain Jackson's is.
        LineCountingStream lines = new LineCountingStream();
        exports.export(exports.format("jsonl"), ExportOptions.all(), lines);
        long statements = lines.lines;
        if (statements != exports.count(ExportOptions.all())) {
            throw new IllegalStateException("The export wrote " + statements + " lines for "
                    + exports.count(ExportOptions.all()) + " statements");
        }
        HeapMeter.reset();

        // Three measured exports, the median kept, as for plain Jackson below: single runs swung by 15%.
        double[] exportRuns = new double[3];
        long bytes = 0;
        for (int run = 0; run < exportRuns.length; run++) {
            CountingStream sink = new CountingStream();
            long started = System.nanoTime();
            exports.export(exports.format("jsonl"), ExportOptions.all(), sink);
            exportRuns[run] = (System.nanoTime() - started) / 1e9;
            bytes = sink.bytes;
        }
        long peakHeap = HeapMeter.peakBytes();
        java.util.Arrays.sort(exportRuns);
        double exportSeconds = exportRuns[1];

        long readStarted = System.nanoTime();
        Long read = transactions.execute(status -> {
            try (Stream<ExportRecord> stream = repository.stream(ExportOptions.all())) {
                return stream.count();
            }
        });
        double readSeconds = (System.nanoTime() - readStarted) / 1e9;

        List<ExportRecord> sample = transactions.execute(status -> {
            try (Stream<ExportRecord> stream = repository.stream(ExportOptions.all())) {
                return new ArrayList<>(stream.limit(RAW_SAMPLE).toList());
            }
        });
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        rawJackson(mapper, sample); // warm up, as the export was
        // Plain Jackson's speed swings with the JVM's state: the median of three is the baseline.
        double[] rawRuns = {rawJackson(mapper, sample), rawJackson(mapper, sample), rawJackson(mapper, sample)};
        java.util.Arrays.sort(rawRuns);
        double rawSeconds = rawRuns[1];

        double exportRate = statements / exportSeconds;
        double rawRate = sample.size() / rawSeconds;
        System.out.printf(
                Locale.ROOT,
                "BENCH export jsonl: %d statements, %.1f MB in %.1f s = %.0f statements/s;"
                        + " peak heap %d MB (max %d MB); median of 3%n",
                statements,
                bytes / 1e6,
                exportSeconds,
                exportRate,
                peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                Locale.ROOT,
                "BENCH raw Jackson of the same records (%d in memory): %.0f statements/s;" + " export/raw ratio %.2f%n",
                sample.size(),
                rawRate,
                exportRate / rawRate);
        System.out.printf(
                Locale.ROOT,
                "BENCH reading the same %d records from the database alone: %.0f statements/s%n",
                read,
                read / readSeconds);

        long agreementStarted = System.nanoTime();
        org.credence.review.AgreementSummary summary = agreement.summary();
        System.out.printf(
                Locale.ROOT,
                "BENCH agreement summary (streamed): %d units, %d reviewers, alpha %.3f in %.1f s%n",
                summary.units(),
                summary.reviewers().size(),
                summary.krippendorffAlpha(),
                (System.nanoTime() - agreementStarted) / 1e9);

        System.gc();
        long heapBefore =
                Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long reportStarted = System.nanoTime();
        org.credence.review.AgreementReport report = agreement.corpus(); // what the Agreement view shows
        double reportSeconds = (System.nanoTime() - reportStarted) / 1e9;
        System.gc();
        long retained =
                Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory() - heapBefore;
        System.out.printf(
                Locale.ROOT,
                "BENCH agreement report (Agreement view): %d units, %d of %d disagreements listed,"
                        + " %d documents in %.1f s; retains %d MB%n",
                report.units(),
                report.disagreements().size(),
                report.disagreementCount(),
                report.documents().size(),
                reportSeconds,
                Math.max(0, retained >> 20));
        report = null;

        HeapMeter.reset();
        CountingStream zip = new CountingStream();
        long datasetStarted = System.nanoTime();
        exports.export(exports.format("dataset"), ExportOptions.all(), zip);
        System.out.printf(
                Locale.ROOT,
                "BENCH dataset zip of everything: %.1f MB in %.1f s; peak heap %d MB%n",
                zip.bytes / 1e6,
                (System.nanoTime() - datasetStarted) / 1e9,
                HeapMeter.peakBytes() >> 20);
    }

    /** Seconds plain Jackson takes to write the records as JSON lines into a counting stream. */
    private static double rawJackson(ObjectMapper mapper, List<ExportRecord> sample) throws java.io.IOException {
        long started = System.nanoTime();
        try (SequenceWriter writer =
                mapper.writer().withRootValueSeparator("\n").writeValues(new CountingStream())) {
            for (ExportRecord record : sample) {
                writer.write(record);
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private void seedIfEmpty(long project, String prefix, int documentCount) {
        Integer existing =
                jdbc.queryForObject("select count(*) from statement where project_id = ?", Integer.class, project);
        if (existing != null && existing >= documentCount * PER_DOCUMENT) {
            return;
        }
        long started = System.nanoTime();
        String sentence = "Officials said that between 500 and 1,200 fighters remain, according to a report. ";
        String text = sentence.repeat(PER_DOCUMENT / 4 + 10);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-27T00:00:00Z"));
        for (int d = 0; d < documentCount; d++) {
            String body = "Benchmark document " + d + "\n\n" + text;
            jdbc.update(
                    "insert into document (version, project_id, title, author, original_file_name, content_type,"
                            + " sha256, text_sha256, text, char_count, imported_by, imported_at) values (0, ?, ?,"
                            + " 'Bench Wire', ?, 'text/plain', ?, ?, ?, ?, 'bench', ?)",
                    project,
                    "Benchmark document " + d,
                    prefix + "-" + d + ".txt",
                    Sha256.of(prefix + "-" + d),
                    Sha256.of(body),
                    body,
                    body.length(),
                    now);
            Long documentId = jdbc.queryForObject(
                    "select id from document where project_id = ? and sha256 = ?",
                    Long.class,
                    project,
                    Sha256.of(prefix + "-" + d));
            List<Object[]> rows = new ArrayList<>(PER_DOCUMENT);
            for (int s = 0; s < PER_DOCUMENT; s++) {
                // Four reviewers per span (one per quarter of s), labels rotating so they partly disagree.
                int start = 25 + (s % (PER_DOCUMENT / 4)) * sentence.length();
                rows.add(new Object[] {
                    project,
                    documentId,
                    start,
                    start + 60,
                    body.substring(start, start + 60),
                    body.substring(start - 25, start),
                    body.substring(start + 60, start + 92),
                    s % 3 == 0 ? "CONFIRMED" : s % 3 == 1 ? "UNCONFIRMED" : "DISPUTED",
                    "reviewer" + (s / (PER_DOCUMENT / 4)),
                    now
                });
            }
            jdbc.batchUpdate(
                    "insert into statement (version, project_id, document_id, start_offset, end_offset, quote, quote_prefix,"
                            + " quote_suffix, label, author, created_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
        }
        System.out.printf(
                Locale.ROOT,
                "seeded %d statements (%s) in %.0f s%n",
                documentCount * PER_DOCUMENT,
                prefix,
                (System.nanoTime() - started) / 1e9);
    }

    /** Discards what it is given, counting bytes: like writing to /dev/null. */
    static class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** Also counts lines, to check an export wrote every statement; not for timed runs. */
    static final class LineCountingStream extends CountingStream {
        long lines;

        @Override
        public void write(int b) {
            super.write(b);
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
