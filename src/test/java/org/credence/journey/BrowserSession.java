package org.credence.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Debian Chromium driven by Playwright. No browser is ever downloaded: the executable
 * comes from {@code apt-get install chromium} (CI installs it) or {@code CHROMIUM_PATH}.
 */
final class BrowserSession implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium not found at " + chromium
                    + ": apt-get install chromium chromium-driver, or set CHROMIUM_PATH.");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))
                .newPage();
    }

    /** Vaadin is idle: no round trip in flight. */
    static void awaitVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
