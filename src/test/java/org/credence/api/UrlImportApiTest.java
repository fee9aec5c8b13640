package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.credence.document.DocumentDetails;
import org.credence.document.fetch.TestWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * {@code POST /api/documents/url}: a page from a web server on 127.0.0.1, which this test's configuration
 * allows as an administrator would (credence.import.url.allowed-networks); other private addresses stay refused.
 */
class UrlImportApiTest extends AbstractApiTest {

    private final TestWebServer web = new TestWebServer();

    UrlImportApiTest() throws Exception {}

    @AfterEach
    void stop() {
        web.close();
    }

    /** MockMvc's request ended the test's own sign-in: sign in again to read through the service. */
    private DocumentDetails details(long id) {
        signIn("demo", org.credence.security.Role.values());
        return documents.get(id);
    }

    private static String html(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><p>" + body + "</p></body></html>";
    }

    @Test
    void a_page_is_imported_by_link_with_its_final_url_fetch_time_and_original_bytes() throws Exception {
        String title = "Bridge closed " + UUID.randomUUID();
        String page = html(title, "The bridge closed on Monday, the council said.");
        web.html("/news/bridge", page).redirect("/s/1", "/news/bridge");

        String body = perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + web.url("/s/1") + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value(web.url("/s/1")))
                .andExpect(jsonPath("$.status").value("CREATED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"documentId\":(\\d+).*", "$1"));

        DocumentDetails details = details(id);
        assertThat(details.title()).isEqualTo(title);
        assertThat(details.fetchedFrom()).isEqualTo(web.url("/news/bridge"));
        assertThat(details.url()).as("no canonical link: the final URL").isEqualTo(web.url("/news/bridge"));
        assertThat(details.fetchedAt()).isNotNull();
        assertThat(details.servedAt()).isNotNull();
        perform(get("/api/documents/" + id + "/original"))
                .andExpect(content().bytes(page.getBytes(StandardCharsets.UTF_8)));
        perform(get("/api/documents/" + id))
                .andExpect(jsonPath("$.fetchedFrom").value(web.url("/news/bridge")))
                .andExpect(jsonPath("$.extraction").value("text"));

        // the same link, the same bytes: the existing document
        perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + web.url("/news/bridge") + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DUPLICATE"))
                .andExpect(jsonPath("$.documentId").value(id));
    }

    @Test
    void main_content_only_drops_the_pages_menus() throws Exception {
        String marker = UUID.randomUUID().toString();
        web.html(
                "/article",
                "<html><head><title>Article " + marker + "</title></head><body>"
                        + "<div class=\"nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news menu</a></li>"
                        + "</ul></div><article>"
                        + "<p>The ferry sank near the island on Tuesday evening, the coastguard said, and divers searched.</p>"
                                .repeat(5)
                        + "</article><div class=\"footer\"><a href=\"/about\">About us</a></div></body></html>");

        String body = perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + web.url("/article") + "\",\"mainContentOnly\":true}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"documentId\":(\\d+).*", "$1"));

        assertThat(details(id).text()).contains("The ferry sank").doesNotContain("World news menu");
        assertThat(details(id).mainContentOnly()).isTrue();
    }

    @Test
    void refused_addresses_errors_and_malformed_requests_get_a_clear_answer() throws Exception {
        web.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");

        perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + web.url("/to-metadata") + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.message", startsWith("Refused: 169.254.169.254 resolves to 169.254.169.254")));
        perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"http://192.168.0.1/router\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message", containsString("Credence fetches only public addresses")));
        perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + web.url("/gone") + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(
                        jsonPath("$.message").value("The server answered 404 Not Found for " + web.url("/gone") + "."));
        perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().isBadRequest());

        callAs("researcher");
        perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + web.url("/gone") + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_same_link_with_changed_text_becomes_a_later_version_with_its_changes_and_carried_statements()
            throws Exception {
        String title = "Ferry " + UUID.randomUUID();
        web.html("/news/ferry", html(title, "The ferry sank on Tuesday; 12 people were rescued."));
        long first = Long.parseLong(perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + web.url("/news/ferry") + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(".*\"documentId\":(\\d+).*", "$1"));
        String text = details(first).text();
        int at = text.indexOf("12 people were rescued");
        callAs("reviewer1");
        perform(post("/api/documents/{id}/statements", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":" + at + ",\"end\":" + (at + 22) + ",\"label\":\"unconfirmed\"}"))
                .andExpect(status().isCreated());

        web.html("/news/ferry", html(title, "The ferry sank on Tuesday; 14 people were rescued."));
        callAs("editor");
        String body = perform(post("/api/documents/url")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + web.url("/news/ferry") + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CREATED"))
                .andExpect(jsonPath("$.message", startsWith("Imported as version 2 of document " + first)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long later = Long.parseLong(body.replaceAll(".*\"documentId\":(\\d+).*", "$1"));

        perform(get("/api/documents/" + later))
                .andExpect(jsonPath("$.articleVersion.number").value(2))
                .andExpect(jsonPath("$.articleVersion.count").value(2))
                .andExpect(jsonPath("$.articleVersion.previousId").value(first));
        perform(get("/api/documents/" + first))
                .andExpect(jsonPath("$.articleVersion.nextId").value(later));
        perform(get("/api/documents/" + later + "/changes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousVersionId").value(first))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.changedWords").value(2))
                .andExpect(jsonPath("$.segments[1].change").value("REMOVED"))
                .andExpect(jsonPath("$.segments[1].text").value("12"))
                .andExpect(jsonPath("$.segments[2].change").value("ADDED"))
                .andExpect(jsonPath("$.segments[2].text").value("14"));
        perform(get("/api/documents/" + later + "/carried-statements"))
                .andExpect(jsonPath("$[0].outcome").value("CHANGED"))
                .andExpect(jsonPath("$[0].author").value("reviewer1"))
                .andExpect(jsonPath("$[0].quote").value("12 people were rescued"))
                .andExpect(jsonPath("$[0].carriedBy").value("editor"));
        perform(get("/api/documents/" + first + "/changes"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Document " + first + " is the first version of its article."));
    }
}
