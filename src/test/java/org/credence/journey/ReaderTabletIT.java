package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On a tablet (1024×768) the Reader's statement panel goes under the text at full width; on a laptop it sits beside it. */
class ReaderTabletIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Test
    void the_side_panel_goes_under_the_text_at_tablet_width_and_beside_it_on_a_laptop() {
        long document = TestCorpus.importText(
                documents, "Tablet reading\nThe Taliban executed a senior commander, officials said.");
        annotations.add(document, 15, 54, Label.UNCONFIRMED);
        Page page = browser.newPage();
        signIn(page, "reviewer1");
        page.setViewportSize(1024, 768);
        openReader(page, document);
        BoundingBox text = page.locator("#document-text-pane").boundingBox();
        BoundingBox panel = page.locator(".cr-side-panel").boundingBox();
        assertThat(page.locator("vaadin-app-layout").getAttribute("overlay"))
                .as("the navigation drawer folds away")
                .isNotNull();
        assertThat(text.x)
                .as("the text starts at the left edge, not after a 256 px drawer")
                .isLessThan(40);
        assertThat(panel.y).as("under the text").isGreaterThanOrEqualTo(text.y + text.height - 1);
        assertThat(panel.width).as("as wide as the text").isGreaterThan(text.width * 0.9);
        hideDevelopmentTools(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/reader-tablet-1024x768.png")));

        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-app-layout").getAttribute("drawer-opened"))
                .as("the toggle brings the drawer back, over the page")
                .isNotNull();
        page.waitForTimeout(500); // the drawer slides in
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/reader-tablet-drawer-1024x768.png")));
        page.keyboard().press("Escape");

        page.setViewportSize(1440, 900);
        page.waitForTimeout(300);
        assertThat(page.locator("vaadin-app-layout").getAttribute("overlay"))
                .as("on a laptop the drawer stays beside the page")
                .isNull();
        text = page.locator("#document-text-pane").boundingBox();
        panel = page.locator(".cr-side-panel").boundingBox();
        assertThat(panel.x).as("beside the text").isGreaterThanOrEqualTo(text.x + text.width - 1);
        page.context().close();
    }
}
