package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.review.ReviewService;
import org.credence.review.ReviewState;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor resolves two reviewers' disagreement in a real browser; the reviewer then sees why. */
class ReviewJourneyIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    @Test
    void the_editor_overrides_a_disagreement_and_the_reviewer_reads_the_decision() {
        long documentId =
                TestCorpus.importText(documents, "Review journey\n\nThe Taliban executed a senior commander.");
        TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
        StatementView mine = annotations.add(documentId, 16, 56, Label.CONFIRMED);
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        annotations.add(documentId, 16, 56, Label.DISPUTED);

        Page editor = browser.newPage();
        signIn(editor, "editor");
        editor.navigate(url("/review"));
        editor.locator("#review-queue")
                .getByText("The Taliban executed a senior commander.")
                .first()
                .click();
        editor.locator("#decision-label vaadin-radio-button")
                .getByText("Disputed")
                .click();
        editor.locator("#decision-reason textarea").fill("Only one outlet reports it; the UN does not.");
        editor.locator("#decision-decide").click();
        editor.getByText("Decided: Disputed.").waitFor();
        // In the Reader the editor sees who labelled what and the decision, not a disabled toolbar.
        openReader(editor, documentId);
        editor.locator("#reading-bar").waitFor();
        assertThat(editor.locator("#label-confirmed").count()).isZero();
        editor.locator("#statements")
                .getByText("Approved as Disputed by editor")
                .first()
                .waitFor();
        assertThat(editor.locator("#document-text mark.cr-disagree").count())
                .as("the text shows that the reviewers' labels differ there, not only one of them")
                .isPositive();
        screenshots(editor, "reader-editor");
        editor.context().close();

        TestSecurity.signIn(context, "editor", Role.EDITOR);
        assertThat(reviews.decisionFor(mine.id()).state()).isEqualTo(ReviewState.APPROVED);
        assertThat(reviews.decisionFor(mine.id()).goldLabel()).isEqualTo(Label.DISPUTED);

        Page reviewer = browser.newPage();
        signIn(reviewer, "reviewer1");
        openReader(reviewer, documentId);
        reviewer.locator("#document-text mark").first().click();
        reviewer.locator("#edit-decision").waitFor();
        assertThat(reviewer.locator("#edit-decision").innerText())
                .isEqualTo("Approved as Disputed by editor: Only one outlet reports it; the UN does not.");
        // The reviewer's feedback page lists the override with its reason.
        reviewer.navigate(url("/my-decisions"));
        reviewer.locator("#my-decisions")
                .getByText("Only one outlet reports it; the UN does not.")
                .waitFor();
        assertThat(reviewer.locator("#my-decisions-summary").innerText())
                .startsWith("1 of your labels was overridden or rejected.");
        screenshots(reviewer, "my-decisions");
        reviewer.context().close();
    }
}
