package org.credence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.credence.base.domain.Sha256;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a bulk import and of labelling, on the embedded H2 file database and on
 * PostgreSQL: after a restart every statement the server acknowledged is there, and every document
 * there is whole (its text matches its checksum and its original file is stored with it).
 */
class CrashRecoveryIT {

    static final int FILES = 300;
    static final int LABELLERS = 8;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void h2_keeps_what_it_acknowledged_through_a_kill() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-h2-");
        // The default database URL, resolved in the instance's own working directory: what users run.
        crashAndRecover("crash-h2", List.of(), home, null);
    }

    @Test
    void postgres_keeps_what_it_acknowledged_through_a_kill() throws Exception {
        PostgresSchema schema = PostgresSchema.fresh("crash");
        crashAndRecover(
                "crash-postgres",
                schema.arguments(),
                Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-pg-"),
                schema.url());
    }

    /** {@code postgresUrl}: the database to check afterwards; null for the H2 file under {@code home}. */
    private void crashAndRecover(String name, List<String> database, Path home, String postgresUrl) throws Exception {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        long documentId;
        try (AppInstance app = new AppInstance(name, database, home)) {
            app.start();
            documentId = importOne(app);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(LABELLERS + 1);
            CountDownLatch importing = new CountDownLatch(1);
            load.execute(() -> bulkImport(app, importing));
            for (int i = 0; i < LABELLERS; i++) {
                load.execute(() -> label(app, documentId, running, acknowledged));
            }
            assertThat(importing.await(30, TimeUnit.SECONDS)).isTrue();
            awaitDocuments(app, 20); // well into the import (of 300 files) and the labelling

            app.kill();
            running.set(false);
            load.shutdownNow();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged)
                .as("labelling was under way when the process died")
                .isNotEmpty();

        try (AppInstance again = new AppInstance(name + "-restarted", database, home)) {
            again.start();
            HttpResponse<String> listed = again.send(again.api("/api/documents/" + documentId + "/statements", "editor")
                    .build());
            Set<Long> stored = new java.util.HashSet<>();
            json.readTree(listed.body()).forEach(s -> stored.add(s.get("id").asLong()));
            Set<Long> lost = new java.util.TreeSet<>(acknowledged);
            lost.removeAll(stored);
            assertThat(lost)
                    .as("acknowledged statements lost of " + acknowledged.size())
                    .isEmpty();

            JsonNode documents = json.readTree(
                    again.send(again.api("/api/documents?size=100", "editor").build())
                            .body());
            assertThat(documents.size())
                    .as("the import had stored some documents")
                    .isGreaterThan(1);
        }
        assertEveryDocumentIsWhole(home, postgresUrl);
    }

    /** Each stored document: its text hashes to its text checksum, and its original to its file checksum. */
    private void assertEveryDocumentIsWhole(Path home, String postgresUrl) throws Exception {
        try (Connection connection = postgresUrl != null
                        ? DriverManager.getConnection(postgresUrl, PostgresSchema.USER, PostgresSchema.PASSWORD)
                        : DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/credence"), "sa", "");
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("select d.id, d.text, d.text_sha256, d.sha256, o.content from document d"
                                + " left join document_original o on o.document_id = d.id")) {
            int documents = 0;
            while (rows.next()) {
                documents++;
                assertThat(Sha256.of(rows.getString(2)))
                        .as("text of document " + rows.getLong(1))
                        .isEqualTo(rows.getString(3));
                byte[] original = rows.getBytes(5);
                assertThat(original)
                        .as("original of document " + rows.getLong(1))
                        .isNotNull();
                assertThat(Sha256.of(original)).isEqualTo(rows.getString(4));
            }
            assertThat(documents).isGreaterThan(1);
        }
    }

    private void awaitDocuments(AppInstance app, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (json.readTree(app.send(app.api("/api/documents?size=100", "editor")
                                            .build())
                                    .body())
                            .size()
                    >= atLeast) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The bulk import stored fewer than " + atLeast + " documents in a minute");
    }

    private long importOne(AppInstance app) throws Exception {
        HttpResponse<String> response = app.send(app.importRequest(
                List.of("target.txt"), List.of("The harbour master said two ships sank. ".repeat(200)), "reviewer1"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get(0).get("documentId").asLong();
    }

    /** One request with many files: the server imports them one by one, committing each. */
    private void bulkImport(AppInstance app, CountDownLatch started) {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            names.add("bulk-" + i + ".txt");
            texts.add(("Bulk file " + i + " " + UUID.randomUUID() + ". Officials said the road was closed. ")
                    .repeat(400));
        }
        try {
            HttpRequest request = app.importRequest(names, texts, "reviewer1");
            started.countDown();
            app.send(request);
        } catch (Exception killed) {
            // the process is killed mid-request
        }
    }

    private void label(AppInstance app, long documentId, AtomicBoolean running, Set<Long> acknowledged) {
        java.util.Random random = new java.util.Random();
        while (running.get()) {
            int start = random.nextInt(7_000);
            try {
                HttpResponse<String> response =
                        app.send(app.api("/api/documents/" + documentId + "/statements", "reviewer1")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"start\":" + start + ",\"end\":"
                                        + (start + 20) + ",\"label\":\"disputed\"}"))
                                .build());
                if (response.statusCode() == 201) {
                    acknowledged.add(json.readTree(response.body()).get("id").asLong());
                }
            } catch (Exception killed) {
                return;
            }
        }
    }
}
