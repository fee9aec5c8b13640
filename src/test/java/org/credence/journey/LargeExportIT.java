package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.credence.deploy.AppInstance;
import org.credence.deploy.PostgresSchema;
import org.junit.jupiter.api.Test;

/**
 * A researcher downloads, through the Export view, an export whose rows are larger than the server's
 * whole heap, on PostgreSQL. PostgreSQL's driver streams a query only inside a transaction; outside
 * one it reads the whole result into memory first. The view once called the export past its
 * read-only transaction (a self-call that skipped the Spring proxy): this download then ran out of
 * memory. Now every byte arrives and the server stays within {@link #HEAP}.
 */
class LargeExportIT {

    static final int STATEMENTS = 130_000;
    static final String HEAP = "192m";
    static final int QUOTE = 1_500;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_researcher_downloads_an_export_larger_than_the_servers_heap_through_the_export_view() throws Exception {
        PostgresSchema schema = PostgresSchema.fresh("large_export");
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "large-export-");
        try (AppInstance app = new AppInstance("large-export", schema.arguments(), home).maxHeap(HEAP)) {
            app.start();
            long documentId = importReport(app);
            long rowBytes = fillStatements(schema.url(), documentId);
            assertThat(rowBytes)
                    .as("the statements' rows in PostgreSQL, bytes: more than the server's heap")
                    .isGreaterThan(192L << 20);

            try (BrowserSession browser = new BrowserSession()) {
                Path downloaded = downloadThroughTheExportView(browser, app);
                checkEveryRecordArrived(downloaded, documentId);
            }
        }
    }

    /** The view's default download: statements.jsonl zipped with its manifest. */
    private void checkEveryRecordArrived(Path downloaded, long documentId) throws Exception {
        long lines = 0;
        long bytes = 0;
        JsonNode last = null;
        java.util.Set<String> entries = new java.util.TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(downloaded))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                if (!entry.getName().equals("statements.jsonl")) {
                    continue;
                }
                BufferedReader in = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (lines++ == 0) {
                        assertThat(json.readTree(line).get("exact").asText()).hasSize(QUOTE);
                    }
                    bytes += line.length() + 1;
                    last = line.isEmpty() ? last : json.readTree(line);
                }
            }
        }
        assertThat(entries).contains("statements.jsonl", "manifest.json");
        assertThat(lines).as("one record per statement").isEqualTo(STATEMENTS);
        assertThat(last.get("document_id").asLong()).isEqualTo(documentId);
        assertThat(last.get("exact").asText()).hasSize(QUOTE);
        assertThat(bytes).as("bytes of JSONL").isGreaterThan((long) STATEMENTS * QUOTE);
    }

    /** One long report of short sentences, through the API. */
    private long importReport(AppInstance app) throws Exception {
        StringBuilder text = new StringBuilder("Casualty report\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Sentence ")
                    .append(i)
                    .append(" of the long report says the count was ")
                    .append(i % 97)
                    .append(". ");
        }
        HttpResponse<String> response =
                app.send(app.importRequest(List.of("report.txt"), List.of(text.toString()), "reviewer1"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get(0).get("documentId").asLong();
    }

    /** Statements of {@link #QUOTE} characters each, written by JDBC in batches (the API would take minutes). */
    private static long fillStatements(String url, long documentId) throws Exception {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", PostgresSchema.USER);
        login.setProperty("password", PostgresSchema.PASSWORD);
        login.setProperty("reWriteBatchedInserts", "true");
        try (Connection db = DriverManager.getConnection(url, login)) {
            String text;
            try (ResultSet row =
                    db.createStatement().executeQuery("select text from document where id = " + documentId)) {
                row.next();
                text = row.getString(1);
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into statement (version, project_id, document_id, start_offset, end_offset, quote, quote_prefix,
                        quote_suffix, label, author, created_at) values (0, (select id from project where name = 'Default'), ?, ?, ?, ?, ?, ?, ?, ?, now())""")) {
                for (int i = 0; i < STATEMENTS; i++) {
                    int start = 32 + (i * 7) % (text.length() - QUOTE - 64); // ASCII: code points are chars
                    insert.setLong(1, documentId);
                    insert.setInt(2, start);
                    insert.setInt(3, start + QUOTE);
                    insert.setString(4, text.substring(start, start + QUOTE));
                    insert.setString(5, text.substring(start - 32, start));
                    insert.setString(6, text.substring(start + QUOTE, start + QUOTE + 32));
                    insert.setString(7, i % 3 == 0 ? "CONFIRMED" : i % 3 == 1 ? "UNCONFIRMED" : "DISPUTED");
                    insert.setString(8, "reviewer" + (1 + i % 2));
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            try (ResultSet size = db.createStatement()
                    .executeQuery(
                            "select sum(pg_column_size(s.*)) from statement s where s.document_id = " + documentId)) {
                size.next();
                return size.getLong(1);
            }
        }
    }

    /** The downloaded file, valid while the browser is open (no copy of a few hundred megabytes). */
    private static Path downloadThroughTheExportView(BrowserSession browser, AppInstance app) {
        Page page = browser.newPage();
        page.navigate(app.url("/login").toString());
        page.locator("#vaadinLoginUsername input").fill("researcher");
        page.locator("#vaadinLoginPassword input").fill("demo");
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(app.url("/export").toString());
        page.locator("#export-download").waitFor();
        BrowserSession.awaitVaadin(page);
        Download download = page.waitForDownload(
                new Page.WaitForDownloadOptions().setTimeout(300_000),
                () -> page.locator("#export-download").click());
        assertThat(download.failure()).as("download failure").isNull();
        return download.path();
    }
}
