package org.credence.journey;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.credence.TestSecurity;
import org.credence.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A running app on a random port and one headless Chromium for the whole class. Set-up done directly
 * through services in a test runs as reviewer1 ; the browser signs in for real.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class AbstractBrowserIT {

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signInForSetUp() {
        TestSecurity.signIn(context, "reviewer1", Role.values());
    }

    @AfterEach
    void signOutOfSetUp() {
        TestSecurity.signOut(context);
    }

    @BeforeAll
    static void launchBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /** Signs in through the login view with a demo account (password "demo"). */
    void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill("demo");
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        BrowserSession.awaitVaadin(page);
    }

    /** A request to the REST API as a demo account (HTTP Basic). */
    HttpRequest.Builder api(String path, String username) {
        String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + credentials);
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

    /** For looking at, not asserting: target/screenshots/NAME-1440x900.png and NAME-1280x720.png. */
    /** The tests run in development mode: its tools' pop-up and Vaadin's loading bar are not the app. */
    protected static void hideDevelopmentTools(com.microsoft.playwright.Page page) {
        page.addStyleTag(new com.microsoft.playwright.Page.AddStyleTagOptions()
                .setContent("vaadin-dev-tools, copilot-main, .v-loading-indicator { display: none !important; }"));
    }

    protected static void screenshots(com.microsoft.playwright.Page page, String name) {
        hideDevelopmentTools(page);
        for (int[] size : new int[][] {{1440, 900}, {1280, 720}}) {
            page.setViewportSize(size[0], size[1]);
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of(
                            "target/screenshots/" + name + "-" + size[0] + "x" + size[1] + ".png")));
        }
    }
}
