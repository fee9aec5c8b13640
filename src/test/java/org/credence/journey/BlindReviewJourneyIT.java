package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.review.AssignmentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer reads under blind review, is told so, marks the document done and sees the others' labels. */
class BlindReviewJourneyIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Test
    void the_banner_says_blind_review_is_on_and_mark_done_shows_the_others_labels() {
        long documentId = TestCorpus.importText(documents, "Blind journey. Up to 2,200 fighters, officials said.");
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        annotations.add(documentId, 15, 35, Label.DISPUTED);
        TestSecurity.signIn(context, "editor", Role.EDITOR);
        assignments.assign(documentId, "reviewer1");

        Page reviewer = browser.newPage();
        signIn(reviewer, "reviewer1");
        openReader(reviewer, documentId);
        reviewer.locator("#blind-banner").waitFor();
        assertThat(reviewer.locator("#blind-banner-text").innerText())
                .isEqualTo("Blind review: you see only your own labels until you mark this document done.");
        assertThat(reviewer.locator("#document-text mark").count())
                .as("reviewer2's label is hidden")
                .isZero();
        screenshots(reviewer, "blind-banner");

        reviewer.locator("#blind-done").click();

        reviewer.locator("#document-text mark").first().waitFor();
        assertThat(reviewer.locator("#blind-banner").isVisible()).isFalse();
        assertThat(reviewer.locator("#document-text mark").first().innerText()).isEqualTo("Up to 2,200 fighters");
        reviewer.context().close();
    }
}
