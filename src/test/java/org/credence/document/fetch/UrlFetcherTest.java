package org.credence.document.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetching a link against a web server on 127.0.0.1, which only an allowed network reaches. */
class UrlFetcherTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final UrlFetcher.Limits LIMITS =
            new UrlFetcher.Limits(5, Duration.ofSeconds(5), Duration.ofSeconds(10), 100_000);

    private final TestWebServer web;
    private final UrlFetcher allowingTheTestServer;

    UrlFetcherTest() throws Exception {
        web = new TestWebServer();
        allowingTheTestServer = fetcher(List.of("127.0.0.1/32"));
    }

    private static UrlFetcher fetcher(List<String> allowed) {
        return new UrlFetcher(new NetworkGuard(allowed), LIMITS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
        allowingTheTestServer.close();
    }

    @Test
    void a_page_is_fetched_through_redirects_keeping_the_final_url_the_times_and_the_bytes() throws Exception {
        web.html("/news/bridge", "<html><head><title>Bridge</title></head><body>The bridge closed.</body></html>")
                .redirect("/short", "/moved")
                .redirect("/moved", web.url("/news/bridge"));

        FetchedPage page = allowingTheTestServer.fetch(web.url("/short"));

        assertThat(page.requestedUrl()).isEqualTo(web.url("/short"));
        assertThat(page.finalUrl()).isEqualTo(web.url("/news/bridge"));
        assertThat(page.fileName()).isEqualTo("bridge.html");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.fetchedAt()).isEqualTo(NOW);
        assertThat(page.servedAt()).as("the Date header").isNotNull();
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("The bridge closed.");
    }

    @Test
    void without_an_allowed_network_the_servers_own_network_is_refused() throws Exception {
        web.html("/", "<p>internal</p>");
        try (UrlFetcher defaults = fetcher(List.of())) {
            for (String link : List.of(
                    web.url("/"),
                    "http://localhost:" + web.port() + "/",
                    "http://[::1]:" + web.port() + "/",
                    "http://169.254.169.254/latest/meta-data/",
                    "http://10.0.0.1/",
                    "http://[::ffff:127.0.0.1]:" + web.port() + "/")) {
                assertThatThrownBy(() -> defaults.fetch(link))
                        .as(link)
                        .isInstanceOf(FetchException.class)
                        .hasMessageStartingWith("Refused: ")
                        .hasMessageContaining("Credence fetches only public addresses");
            }
        }
    }

    @Test
    void a_redirect_into_a_refused_network_is_refused_at_that_hop() {
        web.redirect("/out", "http://127.0.0.2:" + web.port() + "/admin");

        assertThatThrownBy(() -> allowingTheTestServer.fetch(web.url("/out")))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("Refused: 127.0.0.2 resolves to 127.0.0.2, a loopback, private");
    }

    @Test
    void more_than_five_redirects_are_not_followed() {
        for (int i = 0; i < 6; i++) {
            web.redirect("/r" + i, "/r" + (i + 1));
        }
        web.html("/r6", "<p>end</p>");

        assertThatThrownBy(() -> allowingTheTestServer.fetch(web.url("/r0")))
                .isInstanceOf(FetchException.class)
                .hasMessage("The link redirects more than 5 times; it was not followed further.");
    }

    @Test
    void errors_oversized_pages_and_links_that_are_not_web_links_get_a_message() {
        web.page("/big", "text/plain", new byte[200_000]);

        assertThatThrownBy(() -> allowingTheTestServer.fetch(web.url("/missing")))
                .hasMessage("The server answered 404 Not Found for " + web.url("/missing") + ".");
        assertThatThrownBy(() -> allowingTheTestServer.fetch(web.url("/big")))
                .hasMessage("The page is larger than the import's limit of 0 MB.");
        assertThatThrownBy(() -> allowingTheTestServer.fetch("ftp://example.com/file.pdf"))
                .hasMessage("Only http:// and https:// links are fetched; 'ftp://example.com/file.pdf' is not one.");
        assertThatThrownBy(() -> allowingTheTestServer.fetch("file:///etc/passwd"))
                .hasMessageStartingWith("Only http:// and https:// links are fetched");
        assertThatThrownBy(() -> allowingTheTestServer.fetch("https://user:secret@example.com/"))
                .hasMessage("Links with a user name or password in them are not fetched.");
        assertThatThrownBy(() -> allowingTheTestServer.fetch("not a link"))
                .hasMessageStartingWith("'not a link' is not a link");
        assertThatThrownBy(() -> allowingTheTestServer.fetch("http://no-such-host.invalid/"))
                .hasMessage("No such host: no-such-host.invalid.");
    }

    @Test
    void file_names_come_from_the_path_with_the_extension_the_type_implies() throws Exception {
        assertThat(UrlFetcher.fileName(new java.net.URI("https://a.example/"), "text/html"))
                .isEqualTo("index.html");
        assertThat(UrlFetcher.fileName(new java.net.URI("https://a.example/r/report.pdf"), "application/pdf"))
                .isEqualTo("report.pdf");
        assertThat(UrlFetcher.fileName(new java.net.URI("https://a.example/r/report"), "application/pdf"))
                .isEqualTo("report.pdf");
    }
}
