package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.credence.deploy.AppInstance;
import org.credence.deploy.PostgresSchema;
import org.junit.jupiter.api.Test;

/**
 * docs/deploy.md exercised: two app processes on one PostgreSQL database. A statement saved through
 * one node appears, and disappears, in a Reader open on the other within seconds (LISTEN/NOTIFY);
 * search on one node finds a document imported through the other; and two editors changing the same
 * statement through different nodes get one success and one conflict, never a silent overwrite.
 */
class TwoNodesIT {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void two_nodes_share_one_database_and_tell_each_other_what_changed() throws Exception {
        List<String> database = PostgresSchema.fresh("twonodes").arguments();
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "two-nodes-");
        try (AppInstance a = new AppInstance("node-a", database, home);
                AppInstance b = new AppInstance("node-b", database, home);
                BrowserSession browser = new BrowserSession()) {
            a.start();
            b.start();
            long documentId = importThrough(a, "The ferry operator said the crossing would reopen on Friday.");

            Page editorOnB = browser.newPage();
            signIn(editorOnB, b, "editor");
            editorOnB.navigate(b.url("/documents/" + documentId).toString());
            editorOnB.locator("#document-text .cr-block").first().waitFor();
            BrowserSession.awaitVaadin(editorOnB);

            long saved = System.nanoTime();
            HttpResponse<String> created = a.send(a.api("/api/documents/" + documentId + "/statements", "reviewer1")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"start\":4,\"end\":18,\"label\":\"disputed\"}"))
                    .build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            editorOnB.locator("#document-text mark.cr-disputed").waitFor();
            System.out.printf(
                    Locale.ROOT,
                    "Saved on node A, shown on node B after %d ms%n",
                    (System.nanoTime() - saved) / 1_000_000);
            assertThat(editorOnB.locator("#document-text mark.cr-disputed").innerText())
                    .isEqualTo("ferry operator");

            JsonNode statement = json.readTree(created.body());
            long id = statement.get("id").asLong();
            String change = "{\"version\":" + statement.get("version").asLong() + ",\"label\":\"confirmed\"}";
            int first = a.send(a.api("/api/statements/" + id, "reviewer1")
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(change))
                            .build())
                    .statusCode();
            int second = b.send(b.api("/api/statements/" + id, "reviewer1")
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(change))
                            .build())
                    .statusCode();
            assertThat(List.of(first, second))
                    .as("the same version changed through both nodes")
                    .containsExactly(200, 409);
            editorOnB.locator("#document-text mark.cr-confirmed").waitFor();

            assertThat(a.send(a.api("/api/statements/" + id, "reviewer1")
                                    .DELETE()
                                    .build())
                            .statusCode())
                    .isEqualTo(204);
            editorOnB.waitForCondition(
                    () -> editorOnB.locator("#document-text mark").count() == 0);

            HttpResponse<String> found =
                    b.send(b.api("/api/search?q=ferry", "editor").build());
            assertThat(json.readTree(found.body()).findValuesAsText("documentId"))
                    .as(found.body())
                    .contains(Long.toString(documentId));
            editorOnB.context().close();
        }
    }

    private long importThrough(AppInstance node, String text) throws Exception {
        String boundary = "two-nodes-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ferry.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = node.send(node.api("/api/documents", "reviewer1")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get(0).get("documentId").asLong();
    }

    private static void signIn(Page page, AppInstance node, String username) {
        page.navigate(node.url("/login").toString());
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill("demo");
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        BrowserSession.awaitVaadin(page);
    }
}
