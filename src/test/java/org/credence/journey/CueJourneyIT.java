package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Presentation;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Cue suggestions in Chromium: dotted underlines, n to move to one, a to accept it, x to dismiss the next. */
class CueJourneyIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Test
    void a_reviewer_accepts_one_suggestion_and_dismisses_another_from_the_keyboard() {
        long id = TestCorpus.importText(
                documents,
                "Border report\nThe envoy reportedly left the talks early."
                        + "\nThe weather was calm.\nAccording to the harbour master, two ships sank.");
        Page page = browser.newPage();
        signIn(page, "reviewer1");
        openReader(page, id);
        assertThat(page.locator("#document-text .cr-cue").allInnerTexts())
                .containsExactly(
                        "The envoy reportedly left the talks early.",
                        "According to the harbour master, two ships sank.");

        page.locator("#document-text").focus();
        page.keyboard().press("n");
        page.locator("#document-text .cr-cue-current").waitFor();
        page.keyboard().press("a");
        page.locator("#document-text mark.cr-unconfirmed").waitFor();
        assertThat(page.locator("#document-text mark.cr-unconfirmed").innerText())
                .isEqualTo("The envoy reportedly left the talks early.");

        page.keyboard().press("n");
        page.locator("#document-text .cr-cue-current").waitFor();
        page.keyboard().press("x");
        page.waitForCondition(() -> page.locator("#document-text .cr-cue").count() == 0);
        BrowserSession.awaitVaadin(page);

        assertThat(annotations.listForDocument(id)).singleElement().satisfies(s -> {
            assertThat(s.presentation()).isEqualTo(Presentation.HEDGED);
            assertThat(s.details().attributionCue()).isEqualTo("reportedly");
        });
        page.context().close();
    }

    /** Issue #15 bug 2: a click inside an underlined suggestion redrew the line and the caret jumped to its start. */
    @Test
    void a_keyboard_selection_can_start_inside_an_underlined_suggestion() {
        long id = TestCorpus.importText(documents, "Harbour report\nThe envoy reportedly left the talks early.");
        Page page = browser.newPage();
        signIn(page, "reviewer1");
        openReader(page, id);
        page.locator("#document-text .cr-cue").first().waitFor();

        Journeys.clickAtStartOf(page, "left the talks");
        page.locator("#document-text .cr-cue-current").waitFor();
        page.keyboard().press("Control+Shift+ArrowRight");
        page.keyboard().press("Control+Shift+ArrowRight");

        assertThat(page.evaluate("() => window.getSelection().toString()")
                        .toString()
                        .strip())
                .isEqualTo("left the");
        page.keyboard().press("2");
        page.locator("#document-text mark.cr-unconfirmed:not(.cr-pending)").waitFor();
        BrowserSession.awaitVaadin(page);
        assertThat(annotations.listForDocument(id))
                .singleElement()
                .satisfies(s -> assertThat(s.quote()).isEqualTo("left the"));
        page.context().close();
    }
}
