package org.credence.journey;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A running app on a random port and one headless Chromium for the whole class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class AbstractBrowserIT {

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens the Reader on a document and waits until its text is rendered and Vaadin is idle. */
    void openReader(Page page, long documentId) {
        page.navigate(url("/documents/" + documentId));
        page.locator("#document-text .cr-block").first().waitFor();
        BrowserSession.awaitVaadin(page);
    }
}
