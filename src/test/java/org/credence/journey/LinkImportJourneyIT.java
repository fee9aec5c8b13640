package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.credence.document.fetch.TestWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An editor imports a page by pasting its link, opens it and sees where and when it was fetched; a link
 * into the server's own network is refused. The page comes from a web server on 127.0.0.1, which this
 * test allows as an administrator would.
 */
class LinkImportJourneyIT extends AbstractBrowserIT {

    private final TestWebServer web = new TestWebServer();

    LinkImportJourneyIT() throws Exception {}

    @AfterEach
    void stopServer() {
        web.close();
    }

    @Test
    void an_editor_adds_a_page_from_a_link_and_reads_it() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        web.html(
                        "/news/ferry-" + marker,
                        "<html><head><title>Ferry sank " + marker + "</title></head><body><p>The ferry sank near the"
                                + " island on Tuesday, the coastguard said.</p></body></html>")
                .redirect("/s/" + marker, "/news/ferry-" + marker);
        Page page = browser.newPage();
        signIn(page, "editor");
        page.locator("#add-link").click();
        page.locator("#add-link-url input").fill("http://169.254.169.254/latest/meta-data/");
        page.locator("#add-link-import").click();
        page.locator("#add-link-result")
                .filter(new Locator.FilterOptions().setHasText("Refused"))
                .waitFor();
        assertThat(page.locator("#add-link-result").innerText())
                .startsWith("Not imported: Refused: 169.254.169.254 resolves to 169.254.169.254");

        page.locator("#add-link-url input").fill(web.url("/s/" + marker));
        page.locator("#add-link-url input").press("Enter");
        page.locator("#add-link-open").click();

        page.locator("h2")
                .filter(new Locator.FilterOptions().setHasText("Ferry sank " + marker))
                .waitFor();
        assertThat(page.locator("#document-text").innerText()).contains("The ferry sank near the island on Tuesday");
        page.locator("#document-details-open").click();
        assertThat(page.locator("#details-fetched").innerText()).startsWith(web.url("/news/ferry-" + marker) + ", ");
        page.context().close();
    }
}
