package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.credence.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * Projects in a real browser (issue #16): the administrator creates a project, makes reviewer2 its
 * reviewer and uploads a document into it; reviewer2 switches to it in the header and labels, then follows
 * a link to a document of Default and lands there; reviewer1, not a member, finds the project nowhere — not
 * in the switcher, the Library, the Reader, search or the API.
 */
class ProjectJourneyIT extends AbstractBrowserIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.document.DocumentService documents;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void an_admin_staffs_a_project_reviewer2_labels_in_it_and_reviewer1_does_not_see_it() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String project = "Quarry " + marker;
        String sentence = "The quarry dam failed at dawn.";

        Page admin = browser.newPage();
        signIn(admin, "admin");
        admin.navigate(url("/projects"));
        admin.locator("#project-new-name input").fill(project);
        admin.locator("#project-create").click();
        admin.locator("#project-guidelines textarea").fill("# Quarry rules\n\nCount the **missing** separately.");
        // The preview follows the text once the server has it: only then is there something to save.
        admin.locator("#project-guidelines-preview h1").waitFor();
        admin.locator("#project-save-guidelines").click();
        admin.locator("#project-guidelines-revision")
                .filter(new Locator.FilterOptions().setHasText("Revision 1"))
                .waitFor();
        admin.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Members"))
                .click();
        admin.locator("#project-member-name input").fill("reviewer2");
        admin.locator("#project-member-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Reviewer"))
                .click();
        admin.locator("#project-save-member").click();
        admin.locator("vaadin-grid#project-members")
                .filter(new Locator.FilterOptions().setHasText("reviewer2"))
                .waitFor();
        switchProject(admin, project);
        admin.locator("vaadin-upload#upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "quarry.txt",
                        "text/plain",
                        ("Quarry report " + marker + "\n" + sentence + " Officials said.")
                                .getBytes(StandardCharsets.UTF_8)));
        admin.locator(".cr-import-line")
                .filter(new Locator.FilterOptions().setHasText("Done:"))
                .waitFor();
        long projectId = projectId(project);
        JsonNode listed = apiJson("/api/projects/" + projectId + "/documents", "admin");
        assertThat(listed).hasSize(1);
        long documentId = listed.get(0).get("id").asLong();
        switchProject(admin, "Default"); // where the other journeys expect everyone
        admin.context().close();

        Page reviewer2 = browser.newPage();
        signIn(reviewer2, "reviewer2");
        switchProject(reviewer2, project);
        assertThat(reviewer2.locator("vaadin-grid#documents").innerText()).contains("Quarry report " + marker);
        openReader(reviewer2, documentId);
        // The project's guidelines, in the Reader's side panel beside the statements.
        reviewer2.locator("#document-guidelines").click();
        assertThat(reviewer2.locator(".cr-guidelines-text h1").innerText()).isEqualTo("Quarry rules");
        assertThat(reviewer2.locator(".cr-guidelines-text strong").innerText()).isEqualTo("missing");
        reviewer2
                .locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Statements"))
                .click();
        Journeys.dragOver(reviewer2, sentence);
        reviewer2.keyboard().press("1");
        JsonNode statements = await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> apiJson("/api/documents/" + documentId + "/statements", "reviewer2"), s -> s.size() == 1);
        assertThat(statements.get(0).get("exact").asText()).isEqualTo(sentence);
        // A colleague's link to a document of another of reviewer2's projects opens it there.
        long inDefault = TestCorpus.importText(documents, "Default headline " + UUID.randomUUID() + "\nNothing else.");
        openReader(reviewer2, inDefault);
        // The page reloads inside Default: the header's switcher says so, and the text is there.
        reviewer2
                .locator("vaadin-select#project-switcher")
                .filter(new Locator.FilterOptions().setHasText("Default"))
                .waitFor();
        openReader(reviewer2, inDefault);
        reviewer2.context().close();

        Page reviewer1 = browser.newPage();
        signIn(reviewer1, "reviewer1");
        reviewer1.locator("vaadin-select#project-switcher").click();
        Locator options = reviewer1.locator("vaadin-select-item");
        options.first().waitFor();
        assertThat(options.allInnerTexts()).doesNotContain(project);
        reviewer1.keyboard().press("Escape");
        assertThat(reviewer1
                        .locator("vaadin-grid#documents, #library-empty")
                        .first()
                        .innerText())
                .doesNotContain(marker);
        reviewer1.navigate(url("/documents/" + documentId));
        reviewer1.locator("#document-not-found").waitFor();
        reviewer1.navigate(url("/search"));
        BrowserSession.awaitVaadin(reviewer1);
        assertThat(reviewer1.content()).doesNotContain(marker);
        assertThat(status("/api/documents/" + documentId, "reviewer1")).isEqualTo(404);
        assertThat(status("/api/projects/" + projectId + "/documents", "reviewer1"))
                .isEqualTo(404);
        assertThat(apiJson("/api/search?q=quarry", "reviewer1").toString()).doesNotContain(marker);
        reviewer1.context().close();
    }

    /** Chooses the project in the header; the page reloads inside it. */
    private void switchProject(Page page, String project) {
        page.locator("vaadin-select#project-switcher").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(project))
                .click();
        page.locator("vaadin-select#project-switcher")
                .filter(new Locator.FilterOptions().setHasText(project))
                .waitFor();
        page.waitForLoadState();
        page.locator("vaadin-grid#documents, #library-empty").first().waitFor();
        BrowserSession.awaitVaadin(page);
    }

    private long projectId(String name) throws Exception {
        for (JsonNode p : apiJson("/api/projects", "admin")) {
            if (p.get("name").asText().equals(name)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no project " + name);
    }

    private JsonNode apiJson(String path, String user) throws Exception {
        HttpResponse<String> response = http.send(api(path, user).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int status(String path, String user) throws Exception {
        return http.send(api(path, user).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
