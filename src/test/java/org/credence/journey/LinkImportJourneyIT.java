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

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.document.UrlImportService links;

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.document.DocumentService documents;

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.annotation.AnnotationService annotations;

    @Test
    void the_same_link_imported_again_after_a_correction_becomes_version_2_with_its_changes() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String path = "/news/bridge-" + marker;
        String before = "<p>At least 12 people were killed when the bridge collapsed on Monday, police said.</p>"
                + "<p>The mayor blamed the contractor for the delays.</p>";
        web.html(
                path,
                "<html><head><title>Bridge collapse " + marker + "</title></head><body>" + before + "</body></html>");
        long first = links.importUrl(web.url(path), false, "editor").documentId();
        String text = documents.text(first);
        int at = text.indexOf("At least 12");
        annotations.add(
                first, at, at + "At least 12 people were killed".length(), org.credence.annotation.Label.UNCONFIRMED);
        int mayor = text.indexOf("The mayor");
        annotations.add(
                first,
                mayor,
                mayor + "The mayor blamed the contractor".length(),
                org.credence.annotation.Label.CONFIRMED);
        web.html(
                path,
                "<html><head><title>Bridge collapse " + marker + "</title></head><body>"
                        + "<p>At least 15 people were killed when the bridge collapsed on Monday, police said.</p>"
                        + "<p>Correction: an earlier version misattributed a quote.</p></body></html>");

        Page page = browser.newPage();
        signIn(page, "editor");
        page.locator("#add-link").click();
        page.locator("#add-link-url input").fill(web.url(path));
        page.locator("#add-link-url input").press("Enter");
        page.locator("#add-link-result")
                .filter(new Locator.FilterOptions().setHasText("version 2"))
                .waitFor();
        page.locator("#add-link-open").click();

        page.locator("#version-notice").waitFor();
        assertThat(page.locator("#version-notice").innerText())
                .startsWith("Version 2 of 2 of this article · ← Version 1")
                .contains("1 with changed text and 1 vanished");
        assertThat(page.locator("#document-text").innerText()).contains("At least 15 people were killed");
        screenshots(page, "version-notice");
        page.locator("#version-changes").click();
        page.locator("#version-diff").waitFor();
        assertThat(page.locator("#version-diff .cr-diff-removed").first().innerText())
                .isEqualTo("12");
        assertThat(page.locator("#version-diff .cr-diff-added").first().innerText())
                .isEqualTo("15");
        assertThat(page.locator("#version-review").innerText())
                .contains("text changed, check it")
                .contains("“The mayor blamed the contractor”");
        screenshots(page, "version-changes");
        page.locator("#version-review vaadin-button").first().click();
        page.locator("#version-changes-dialog")
                .waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        page.locator("#version-previous").click();
        page.locator("#version-next").waitFor();
        assertThat(page.locator("#version-notice").innerText()).startsWith("Version 1 of 2 of this article.");
        page.context().close();
    }
}
