package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.review.GoldSpan;
import org.credence.review.ReviewService;
import org.credence.review.ReviewState;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two reviewers select a figure and its whole sentence: the editor sees one queue row with both
 * selections aligned, chooses the figure as the gold span, and the researcher sees the unit counted in
 * the Agreement view's figures.
 */
class UnitDecisionJourneyIT extends AbstractBrowserIT {

    static final String SENTENCE = "Unit journey: up to 2,200 fighters were counted by the monitors.";

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    @Test
    void the_editor_decides_a_unit_of_overlapping_selections_and_its_gold_span() {
        long documentId = TestCorpus.importText(documents, SENTENCE);
        int figure = SENTENCE.indexOf("up to");
        int figureEnd = SENTENCE.indexOf(" were");
        TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
        StatementView phrase = annotations.add(documentId, figure, figureEnd, Label.UNCONFIRMED);
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        StatementView whole = annotations.add(
                documentId,
                0,
                SENTENCE.length(),
                new org.credence.annotation.StatementDetails(
                        Label.UNCONFIRMED,
                        org.credence.annotation.Presentation.ATTRIBUTED,
                        "Only the monitors' count; no second source.",
                        null,
                        null,
                        java.util.List.of(),
                        null,
                        null,
                        null),
                null);

        Page editor = browser.newPage();
        signIn(editor, "editor");
        editor.navigate(url("/review"));
        editor.locator("#review-queue").getByText(SENTENCE).first().click();
        editor.locator("#decision-spans").waitFor();
        assertThat(editor.locator("#decision-spans .cr-aligned-line").count()).isEqualTo(2);
        assertThat(editor.locator("#decision-spans .cr-aligned-selected").allInnerTexts())
                .containsExactly(SENTENCE, "up to 2,200 fighters");
        assertThat(editor.locator("#decision-spans").innerText())
                .as("each reviewer's presentation and rationale beside their label")
                .contains("Only the monitors' count; no second source.");
        screenshots(editor, "review-unit");
        com.microsoft.playwright.options.BoundingBox decideButton =
                editor.locator("#decision-decide").boundingBox();
        assertThat(decideButton.y + decideButton.height)
                .as("at 1280×720 Decide is on screen beside the list, not below it")
                .isLessThanOrEqualTo(720);
        assertThat(decideButton.x)
                .as("the unit sits at the right of the list")
                .isGreaterThan(editor.locator("#review-queue").boundingBox().x
                        + editor.locator("#review-queue").boundingBox().width
                        - 1);
        editor.locator("#decision-span vaadin-radio-button")
                .getByText("reviewer1's: “up to 2,200 fighters”")
                .click();
        // The keyboard: 3 then 2 chooses Unconfirmed, Enter decides.
        editor.keyboard().press("3");
        editor.keyboard().press("2");
        editor.keyboard().press("Enter");
        editor.getByText("Decided: Unconfirmed.").waitFor();
        editor.context().close();

        TestSecurity.signIn(context, "editor", Role.EDITOR);
        assertThat(reviews.decisionFor(whole.id()).state()).isEqualTo(ReviewState.APPROVED);
        assertThat(reviews.decisionFor(whole.id()).goldSpan()).isEqualTo(new GoldSpan(figure, figureEnd));
        assertThat(reviews.decisionFor(phrase.id()).goldSpan()).isNull();

        Page researcher = browser.newPage();
        signIn(researcher, "researcher");
        researcher.navigate(url("/agreement"));
        researcher.locator("#agreement-figures").waitFor();
        assertThat(researcher.locator("#agreement-units").innerText()).contains("share at least 50%");
        assertThat(researcher.locator("#agreement-figures").innerText())
                .contains("Krippendorff's α (ordinal)")
                .contains("Span F1, overlapping");
        assertThat(researcher.locator("#agreement-pairs").innerText()).contains("reviewer1 × reviewer2");
        screenshots(researcher, "agreement-figures");
        researcher.context().close();
    }
}
