package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.review.ReviewService;
import org.credence.review.ReviewSettings;
import org.credence.review.ReviewState;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people at once, in two browser contexts: live updates and presence; editors' conflicts. */
class LiveCollaborationIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewSettings settings;

    @Test
    void a_reviewer_sees_another_reviewers_new_statement_within_a_second_unless_blind_mode_hides_it() {
        long documentId =
                TestCorpus.importText(documents, "Live journey\n\nOfficials deny the claim. Others confirm it.");
        Page first = browser.newPage();
        signIn(first, "reviewer1");
        openReader(first, documentId);
        Page second = browser.newPage();
        signIn(second, "reviewer2");
        openReader(second, documentId);
        second.locator("#other-readers:has-text('Also reading: reviewer1')").waitFor();
        first.locator("#other-readers:has-text('Also reading: reviewer2')").waitFor();

        // Blind mode (the default): reviewer2 has not marked the document done, so sees nothing of reviewer1's.
        Journeys.dragOver(first, "Others confirm it.");
        first.keyboard().press("1");
        first.locator("#document-text mark.cr-confirmed").waitFor();
        second.waitForTimeout(1500);
        assertThat(second.locator("#document-text mark").count()).isZero();

        TestSecurity.signIn(context, "editor", Role.EDITOR);
        settings.setBlindMode(false);
        try {
            Journeys.dragOver(first, "Officials deny the claim.");
            long pressed = System.nanoTime();
            first.keyboard().press("3");
            second.locator("#document-text mark.cr-disputed").waitFor(new Locator.WaitForOptions().setTimeout(1000));
            long shownAfterMs = (System.nanoTime() - pressed) / 1_000_000;
            assertThat(second.locator("#document-text mark.cr-disputed").innerText())
                    .isEqualTo("Officials deny the claim.");
            assertThat(shownAfterMs)
                    .as("seen by the other reviewer within a second")
                    .isLessThan(1000);

            first.locator("#document-text").focus();
            first.keyboard().press("Control+z");
            second.locator("#document-text mark.cr-disputed")
                    .waitFor(new Locator.WaitForOptions()
                            .setState(WaitForSelectorState.DETACHED)
                            .setTimeout(1000));
        } finally {
            settings.setBlindMode(true);
        }

        first.context().close();
        second.locator("#other-readers:has-text('Also reading')")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        second.context().close();
    }

    @Test
    void when_two_editors_decide_the_same_statement_the_second_is_told_and_nothing_is_overwritten() {
        long documentId = TestCorpus.importText(documents, "Conflict journey. The commander was executed.");
        TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
        long statementId = annotations.add(documentId, 18, 45, Label.CONFIRMED).id();

        Page[] editors = {browser.newPage(), browser.newPage()};
        for (Page editor : editors) {
            signIn(editor, "editor");
            editor.navigate(url("/review"));
            editor.locator("#review-queue")
                    .getByText("The commander was executed.")
                    .first()
                    .click();
            editor.locator("#decision-decide").waitFor();
        }
        editors[0]
                .locator("#decision-label vaadin-radio-button")
                .getByText("Confirmed", new Locator.GetByTextOptions().setExact(true))
                .click();
        editors[0].locator("#decision-decide").click();
        editors[0].getByText("Decided: Confirmed.").waitFor();

        editors[1].locator("#decision-reason textarea").fill("Not a factual claim.");
        editors[1].locator("#decision-reject").click();
        editors[1].getByText("Another editor decided this statement").waitFor();

        TestSecurity.signIn(context, "editor", Role.EDITOR);
        assertThat(reviews.decisionFor(statementId).state()).isEqualTo(ReviewState.APPROVED);
        for (Page editor : editors) {
            editor.context().close();
        }
    }
}
