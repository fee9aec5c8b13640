package org.credence.discovery;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.credence.AbstractServiceTest;
import org.credence.BenchProjects;
import org.credence.HeapMeter;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.claim.ClaimMatcher;
import org.credence.document.DocumentImported;
import org.credence.search.SearchService;
import org.credence.search.SentenceSpan;
import org.credence.search.Sentences;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Claims at scale (issue #14) on 10,000 documents of about 32 sentences (320,000 sentences) in one
 * project: how fast the background embeds them, "Same claim elsewhere" latency (200 statements on
 * random sentences, each asking for ten suggestions, as the Reader and the API do), and a full claim
 * discovery run with its time and peak heap. The documents are inserted directly (this measures claims,
 * not Tika) into an H2 file database that later runs reuse with their stored vectors, so only the first
 * run embeds. A benchmark, not a test: {@code mvn -Pbench verify -Dit.test=ClaimsBenchmark}.
 */
@TestPropertySource(
        properties = {
            "credence.semantic.enabled=true",
            "spring.datasource.url=${bench.claims.url:jdbc:h2:file:./target/bench-claims/credence;DB_CLOSE_ON_EXIT=FALSE}"
        })
class ClaimsBenchmark extends AbstractServiceTest {

    static final int DOCUMENTS = Integer.getInteger("bench.claims.documents", 10_000);
    /** {@code -Dbench.claims.discovery=false}: matches only, when only the matcher changed (saves ~7 min). */
    static final boolean DISCOVERY = Boolean.parseBoolean(System.getProperty("bench.claims.discovery", "true"));

    static final int MATCHES = 200;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SearchService search;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ClaimMatcher matcher;

    @Autowired
    DiscoveryService discovery;

    @Test
    void claims_on_ten_thousand_documents() {
        long project = BenchProjects.project(
                context, "Claims benchmark", Map.of("editor", Role.EDITOR, "reviewer1", Role.REVIEWER));
        List<Long> ids = org.credence.document.SyntheticDocuments.fill(jdbc, project, DOCUMENTS, "claims-bench-");
        embed(ids);
        matches(project, ids);
        if (DISCOVERY) {
            discover(project);
        }
    }

    private void embed(List<Long> ids) {
        int waiting = search.semanticBacklog();
        long started = System.nanoTime();
        // Documents inserted behind the application's back: announce those not embedded yet as an import would.
        java.util.Set<Long> embedded = new java.util.HashSet<>(
                jdbc.queryForList("select distinct document_id from sentence_embedding", Long.class));
        ids.stream()
                .filter(id -> !embedded.contains(id))
                .forEach(id -> events.publishEvent(new DocumentImported(id, "Report")));
        await().atMost(Duration.ofHours(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> search.semanticBacklog() == 0);
        double seconds = (System.nanoTime() - started) / 1e9;
        Integer sentences = jdbc.queryForObject("select count(*) from sentence_embedding", Integer.class);
        System.out.printf(
                Locale.ROOT,
                "BENCH claims embedding: %d documents (%d sentences stored) ready in %.1f s (%d waiting at start;"
                        + " documents embedded by an earlier run are only read)%n",
                ids.size(),
                sentences,
                seconds,
                waiting);
    }

    private void matches(long project, List<Long> ids) {
        TestSecurity.signInTo(context, project, "reviewer1", Role.REVIEWER);
        Random random = new Random(14);
        List<Long> statements = new ArrayList<>();
        for (int i = 0; i < MATCHES + 20; i++) {
            long document = ids.get(random.nextInt(ids.size()));
            String text = jdbc.queryForObject("select text from document where id = ?", String.class, document);
            List<SentenceSpan> sentences = Sentences.of(text);
            SentenceSpan s = sentences.get(random.nextInt(sentences.size()));
            statements.add(annotations
                    .add(document, s.start(), s.end(), Label.UNCONFIRMED)
                    .id());
        }
        long loading = System.nanoTime();
        matcher.suggestions(statements.get(MATCHES), 10); // loads the vector index if the start has not yet
        double loaded = (System.nanoTime() - loading) / 1e9;
        await().atMost(Duration.ofHours(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !search.semanticIndexCompacting());
        System.out.printf(
                Locale.ROOT,
                "BENCH claims vector index: first search answered in %.1f s, index merged into one segment %.1f s"
                        + " later%n",
                loaded,
                (System.nanoTime() - loading) / 1e9 - loaded);
        for (int i = 0; i < 20; i++) { // the JIT, and the project's word weights counted once
            matcher.suggestions(statements.get(MATCHES + i), 10);
        }
        long[] micros = new long[MATCHES];
        int found = 0;
        for (int i = 0; i < MATCHES; i++) {
            long t = System.nanoTime();
            found += matcher.suggestions(statements.get(i), 10).size();
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(
                Locale.ROOT,
                "BENCH claims matches: %d statements, ten suggestions asked (%.1f found on average): %s%n",
                MATCHES,
                found / (double) MATCHES,
                org.credence.Percentiles.ofMicros(micros));
        statements.forEach(annotations::delete);
    }

    private void discover(long project) {
        TestSecurity.signInTo(context, project, "editor", Role.EDITOR);
        System.gc();
        HeapMeter.reset();
        long started = System.nanoTime();
        // A run an earlier benchmark left behind (its JVM was stopped) would be answered instead of a new one
        // for hours (DiscoveryService.ABANDONED_AFTER_HOURS); this database has no other node.
        jdbc.update("update claim_discovery_run set status = 'FAILED' where status = 'RUNNING'");
        long run = discovery.start().id();
        await().atMost(Duration.ofHours(2))
                .pollInSameThread() // as the editor signed in here
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> discovery.run(run).finishedAt() != null);
        double seconds = (System.nanoTime() - started) / 1e9;
        DiscoveryRunView done = discovery.run(run);
        System.out.printf(
                Locale.ROOT,
                "BENCH claims discovery: %s over %d documents in %.1f s (%.1f min), %d candidates;"
                        + " peak heap %d MB (max %d MB)%n",
                done.status(),
                done.documentsTotal(),
                seconds,
                seconds / 60,
                done.candidates(),
                HeapMeter.peakBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
