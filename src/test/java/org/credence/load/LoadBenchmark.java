package org.credence.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.TestSecurity;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.credence.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fifty reviewers labelling at once through the HTTP API for two minutes: half of them in the same
 * document, the others spread over nine more. Each adds a statement, now and then changes the label
 * of one of their own (with the version they last read) or deletes one, and thinks 0.5–1.5 s between
 * saves. Prints p50/p95/p99/max of the saves and the status counts; afterwards checks that the
 * statements in the database are exactly the acknowledged ones, each once.
 * A benchmark, not a test: {@code mvn -Pbench verify -Dit.test=LoadBenchmark} ({@code -Dload.seconds=120}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoadBenchmark {

    static final int REVIEWERS = 50;
    static final int DOCUMENTS = 10;
    static final String PASSWORD = "load-test-password";
    static final Duration WARM_UP = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentService documents;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(8))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    /** Statements the server acknowledged as created and not acknowledged as deleted. */
    final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();

    final AtomicInteger transportErrors = new AtomicInteger();

    @Test
    void fifty_reviewers_label_for_two_minutes() throws Exception {
        TestSecurity.signIn(context, "admin", Role.values());
        Map<String, Role> team = new java.util.HashMap<>();
        for (int r = 1; r <= REVIEWERS; r++) {
            accounts.create(name(r), "Load reviewer " + r, PASSWORD, Set.of(Role.REVIEWER));
            team.put(name(r), Role.REVIEWER);
        }
        // The reviewers work in a project of their own; the same documents also sit in a neighbour project.
        long project = org.credence.BenchProjects.project(context, "Load benchmark", team);
        TestSecurity.signInTo(context, org.credence.BenchProjects.neighbour(context), "admin", Role.EDITOR);
        importDocuments();
        TestSecurity.signInTo(context, project, "admin", Role.EDITOR);
        List<Long> documentIds = importDocuments();
        TestSecurity.signOut(context);
        int textLength = text(0).length();
        long seconds = Long.getLong("load.seconds", 120);
        long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
        long ends = warmUpEnds + Duration.ofSeconds(seconds).toNanos();

        ExecutorService reviewers = Executors.newFixedThreadPool(REVIEWERS);
        for (int r = 1; r <= REVIEWERS; r++) {
            int reviewer = r;
            long documentId = reviewer % 2 == 0 ? documentIds.get(0) : documentIds.get(1 + reviewer % (DOCUMENTS - 1));
            reviewers.execute(() -> label(name(reviewer), documentId, textLength, warmUpEnds, ends));
        }
        reviewers.shutdown();
        assertThat(reviewers.awaitTermination(seconds + 120, TimeUnit.SECONDS)).isTrue();

        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        int serverErrors = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToInt(e -> e.getValue().get())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "BENCH load: %d reviewers, %d s measured after %d s warm-up: %d saves ="
                        + " %.0f saves/s; statuses %s; transport errors %d%n",
                REVIEWERS,
                seconds,
                WARM_UP.toSeconds(),
                sorted.size(),
                sorted.size() / (double) seconds,
                new java.util.TreeMap<>(statuses),
                transportErrors.get());
        System.out.printf(
                Locale.ROOT,
                "BENCH load save latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);

        List<Long> stored = jdbc.queryForList("select id from statement where author like 'load%'", Long.class);
        Set<Long> storedOnce = new HashSet<>(stored);
        System.out.printf(
                Locale.ROOT,
                "BENCH load afterwards: %d acknowledged statements, %d in the database,"
                        + " %d missing, %d unacknowledged%n",
                acknowledged.size(),
                stored.size(),
                acknowledged.stream().filter(id -> !storedOnce.contains(id)).count(),
                storedOnce.stream().filter(id -> !acknowledged.contains(id)).count());
        assertThat(serverErrors).as("no 5xx").isZero();
        assertThat(transportErrors.get()).isZero();
        assertThat(stored)
                .as("each acknowledged statement exactly once, nothing else")
                .hasSize(storedOnce.size())
                .containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    private List<Long> importDocuments() {
        List<Long> documentIds = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            documentIds.add(documents
                    .importFile("load-" + d + ".txt", text(d).getBytes(StandardCharsets.UTF_8), "admin")
                    .documentId());
        }
        return documentIds;
    }

    /** One reviewer's session: mostly new statements, sometimes a label change or a delete of their own. */
    private void label(String reviewer, long documentId, int textLength, long warmUpEnds, long ends) {
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((reviewer + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<long[]> mine = new ArrayList<>(); // id, version
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] labels = {"confirmed", "unconfirmed", "disputed"};
        while (System.nanoTime() < ends) {
            try {
                Thread.sleep(500 + random.nextInt(1000));
                double roll = random.nextDouble();
                HttpRequest request;
                if (roll < 0.15 && !mine.isEmpty()) {
                    long[] own = mine.get(random.nextInt(mine.size()));
                    request = HttpRequest.newBuilder(URI.create(base() + "/api/statements/" + own[0]))
                            .PUT(body("{\"version\":" + own[1] + ",\"label\":\"" + labels[random.nextInt(3)] + "\"}"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", auth)
                            .build();
                } else if (roll < 0.2 && !mine.isEmpty()) {
                    long[] own = mine.remove(random.nextInt(mine.size()));
                    request = HttpRequest.newBuilder(URI.create(base() + "/api/statements/" + own[0]))
                            .DELETE()
                            .header("Authorization", auth)
                            .build();
                    if (send(request, System.nanoTime() > warmUpEnds).statusCode() == 204) {
                        acknowledged.remove(own[0]);
                    }
                    continue;
                } else {
                    int start = random.nextInt(textLength - 80);
                    request = HttpRequest.newBuilder(
                                    URI.create(base() + "/api/documents/" + documentId + "/statements"))
                            .POST(body("{\"start\":" + start + ",\"end\":" + (start + 10 + random.nextInt(60))
                                    + ",\"label\":\"" + labels[random.nextInt(3)] + "\"}"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", auth)
                            .build();
                }
                HttpResponse<String> response = send(request, System.nanoTime() > warmUpEnds);
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    JsonNode saved = json.readTree(response.body());
                    long id = saved.get("id").asLong();
                    mine.removeIf(own -> own[0] == id);
                    mine.add(new long[] {id, saved.get("version").asLong()});
                    if (response.statusCode() == 201) {
                        acknowledged.add(id);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                transportErrors.incrementAndGet();
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request, boolean measured) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (measured) {
            latenciesMicros.add((System.nanoTime() - started) / 1_000);
            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                    .incrementAndGet();
        }
        return response;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static String name(int reviewer) {
        return String.format(Locale.ROOT, "load%02d", reviewer);
    }

    /** About 20,000 characters of news-like text, different per document. */
    private static String text(int document) {
        StringBuilder text = new StringBuilder("Load document " + document + "\n\n");
        String sentence =
                "Officials said that between 500 and 1,200 fighters remain in the province, according to a report. ";
        while (text.length() < 20_000) {
            text.append(sentence);
        }
        return text.substring(0, 20_000);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
