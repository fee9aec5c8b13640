package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

/**
 * A newcomer signs in and the Library tells them where to start for their role; "Got it" puts the guide
 * away for good in this browser (it stays away after a reload), "Getting started" brings it back.
 */
class FirstRunGuideJourneyIT extends AbstractBrowserIT {

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.document.DocumentService documents;

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.annotation.AnnotationService annotations;

    @Test
    void a_new_reviewer_sees_three_steps_puts_them_away_and_brings_them_back() {
        Page page = browser.newPage();
        signIn(page, "reviewer1");
        page.locator("#first-run-guide").waitFor();
        assertThat(page.locator("#first-run-guide h3").innerText()).isEqualTo("Getting started as a reviewer");
        assertThat(page.locator("#first-run-guide li").count()).isEqualTo(3);
        screenshots(page, "first-run-guide");
        // At 1280×720 (the last size shot) with the guide open, the upload box is whole, its button inside it.
        com.microsoft.playwright.options.BoundingBox box =
                page.locator("#upload").boundingBox();
        com.microsoft.playwright.options.BoundingBox button =
                page.locator("#upload vaadin-button").first().boundingBox();
        assertThat(button.y + button.height).as("the upload button is not cut").isLessThanOrEqualTo(box.y + box.height);

        page.locator("#first-run-guide-dismiss").click();
        page.locator("#first-run-guide").waitFor(hidden());
        page.reload();
        BrowserSession.awaitVaadin(page);
        page.locator("#first-run-guide-show").waitFor();
        assertThat(page.locator("#first-run-guide").isVisible())
                .as("remembered after a reload")
                .isFalse();

        page.locator("#first-run-guide-show").click();
        page.locator("#first-run-guide").waitFor();
        page.reload();
        BrowserSession.awaitVaadin(page);
        page.locator("#first-run-guide").waitFor();
        assertThat(page.locator("#first-run-guide-show").isVisible()).isFalse();
        page.context().close();
    }

    @Test
    void an_editor_is_pointed_to_assignments_the_review_queue_and_agreement() {
        Page page = browser.newPage();
        signIn(page, "editor");
        page.locator("#first-run-guide").waitFor();
        assertThat(page.locator("#first-run-guide").innerText())
                .startsWith("Getting started as an editor")
                .contains("Review queue");
        page.locator("#first-run-guide a", new Page.LocatorOptions().setHasText("Review queue"))
                .click();
        page.waitForURL(u -> u.endsWith("/review"));
        page.context().close();
    }

    @Test
    void the_dark_theme_is_switched_on_and_remembered_after_a_reload() {
        Page page = browser.newPage();
        signIn(page, "reviewer1"); // the set-up below labels as reviewer1, whom blind review shows their own
        page.locator("#theme-switch").click();
        page.waitForFunction("document.body.getAttribute('theme') === 'dark'");
        page.reload();
        BrowserSession.awaitVaadin(page);
        page.waitForFunction("document.body.getAttribute('theme') === 'dark'");
        screenshots(page, "dark-library");
        long document = org.credence.TestCorpus.importText(
                documents,
                "Dark reading\nThe Taliban executed a senior commander, officials said. Unconfirmed reports say"
                        + " 500 fighters fled. A spokesman denied the account.");
        String text = documents.text(document);
        for (var label : org.credence.annotation.Label.values()) {
            String quote = switch (label) {
                case CONFIRMED -> "The Taliban executed a senior commander";
                case UNCONFIRMED -> "500 fighters fled";
                case DISPUTED -> "A spokesman denied the account.";
            };
            int at = text.indexOf(quote);
            annotations.add(document, at, at + quote.length(), label);
        }
        openReader(page, document);
        screenshots(page, "dark-reader");
        page.locator("#theme-switch").click();
        page.waitForFunction("!(document.body.getAttribute('theme') || '').includes('dark')");
        page.context().close();
    }

    private static com.microsoft.playwright.Locator.WaitForOptions hidden() {
        return new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN);
    }
}
