package org.credence.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.credence.AbstractServiceTest;
import org.credence.HeapMeter;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Search on 10,000 documents (about 4 KB of news-like text each, 320,000 sentences): the first search
 * on a node builds its in-memory sentence index, then 500 searches of the kinds people type (words,
 * phrases, exclusions, a report number) through the same service as the Search view and the API.
 * Prints the index build time, heap after indexing and the search percentiles.
 * A benchmark, not a test: {@code mvn -Pbench verify -Dit.test=SearchBenchmark}.
 */
@TestPropertySource(
        properties = "spring.datasource.url="
                + "${bench.search.url:jdbc:h2:file:./target/bench-search/credence;DB_CLOSE_ON_EXIT=FALSE}")
class SearchBenchmark extends AbstractServiceTest {

    static final int DOCUMENTS = 10_000;
    static final int SEARCHES = 500;
    static final String[] QUERIES = {
        "fighters",
        "commander killed",
        "\"road to the airport\"",
        "ministry denied",
        "border -airport",
        "talks resume",
        "\"could not be verified\"",
        "governor warned",
        "militants active area",
        "witnesses claimed attack",
        "\"up to 2,200 fighters\"",
        "analysts suggested planned weeks"
    };

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CorpusSearch search;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void search_ten_thousand_documents() {
        // Inside a project of its own since projects (issue #16), like the other benchmarks.
        long project = org.credence.BenchProjects.project(
                context, "Search benchmark", java.util.Map.of("researcher", Role.RESEARCHER));
        // Plain inserts, no Tika: this measures search, and the import has its own benchmark.
        org.credence.document.SyntheticDocuments.fill(jdbc, project, DOCUMENTS, "search-bench-");
        org.credence.TestSecurity.signInTo(context, project, "researcher", Role.RESEARCHER);
        HeapMeter.reset();
        long started = System.nanoTime();
        search.search("fighters", java.util.Set.of(), null, null, 50);
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        long heapAfterIndex =
                Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        Random random = new Random(10);
        for (int i = 0; i < 50; i++) { // warm the JIT
            search.search(QUERIES[random.nextInt(QUERIES.length)], java.util.Set.of(), null, null, 50);
        }
        long[] micros = new long[SEARCHES];
        int hits = 0;
        for (int i = 0; i < SEARCHES; i++) {
            String query = i % 4 == 3 ? "report " + random.nextInt(DOCUMENTS) : QUERIES[random.nextInt(QUERIES.length)];
            long t = System.nanoTime();
            hits += search.search(query, java.util.Set.of(), null, null, 50).size();
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(
                Locale.ROOT,
                "BENCH search index: %d documents indexed in %.1f s on first search;"
                        + " heap after indexing %d MB (peak %d MB, max %d MB)%n",
                DOCUMENTS,
                indexSeconds,
                heapAfterIndex >> 20,
                HeapMeter.peakBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                Locale.ROOT,
                "BENCH search: %d searches (50 hits max, %.1f on average): %s%n",
                SEARCHES,
                hits / (double) SEARCHES,
                org.credence.Percentiles.ofMicros(micros));
    }
}
