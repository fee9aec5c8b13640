package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.base.domain.CodePoints;
import org.credence.base.domain.Sha256;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Claims across the seed articles in a real browser: from one highlighted statement to the same claim
 * in the other articles, how each presents it, and where the fighter counts conflict.
 */
@TestPropertySource(properties = "credence.import.import-seeds=true")
class ClaimJourneyIT extends AbstractBrowserIT {

    static final String EXECUTION = "the group reportedly executed a senior ISIS-K commander";

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ClaimService claims;

    private DocumentDetails seed(String file) {
        return documents.get(
                documents.idBySha256(Sha256.of(TestCorpus.seed(file))).orElseThrow());
    }

    @Test
    void a_reviewer_goes_from_a_highlight_to_the_same_claim_in_the_other_articles() {
        DocumentDetails article = seed("001_f113e6a3b938ad3c.txt");
        Page page = browser.newPage();
        signIn(page, "reviewer1");
        openReader(page, article.id());
        page.locator("#document-text .cr-cue").first().waitFor(); // suggestions drawn: no redraw under the drag
        BrowserSession.awaitVaadin(page);

        Journeys.select(page, EXECUTION);
        page.keyboard().press("2");
        Locator highlight = page.locator(
                "#document-text mark.cr-unconfirmed", new Page.LocatorOptions().setHasText("reportedly executed"));
        highlight.waitFor();
        BrowserSession.awaitVaadin(page); // the saved highlight has replaced the pending one
        highlight.click();
        page.locator("#edit-quote").waitFor();
        page.locator("#edit-same-claim").click();

        page.locator("#match-suggestions .cr-match").first().waitFor();
        Locator suggestions = page.locator("#match-suggestions .cr-match");
        assertThat(suggestions.allInnerTexts())
                .anySatisfy(t ->
                        assertThat(t).contains("executed a senior Isis-K commander who had been imprisoned in Kabul"));
        assertThat(suggestions.allInnerTexts())
                .anySatisfy(t ->
                        assertThat(t).contains("unconfirmed reports of the Taliban executing at least one senior"));
        // The statement dialog closes on leaving the Reader (it belongs to the UI, not the view).
        page.locator("vaadin-dialog-overlay[opened]")
                .first()
                .waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED)
                        .setTimeout(5_000));
        for (int i = 0; i < 2; i++) {
            page.locator("#match-suggestions .cr-match vaadin-button.cr-match-same")
                    .first()
                    .click();
            page.locator("#match-suggestions .cr-match-confirmed").nth(i).waitFor();
        }
        page.locator("#match-claim").click();

        page.locator("vaadin-grid#claim-matrix").waitFor();
        BrowserSession.awaitVaadin(page);
        String matrix = page.locator("vaadin-grid#claim-matrix").innerText();
        assertThat(matrix).contains("reportedly executed a senior Isis-K commander", "★");
        assertThat(page.locator("#claim-status").innerText()).contains("derived from 3 member(s)");
        page.context().close();
    }

    @Test
    void the_fighter_counts_show_as_one_claim_with_the_conflicting_figures_side_by_side() {
        StatementView un = label(seed("000_244b2b9ce906f99e.txt"), "between 500 and 1,200 fighters", Label.CONFIRMED);
        StatementView upTo = label(
                seed("001_f113e6a3b938ad3c.txt"), "its fighters are thought to number up to 2,200", Label.UNCONFIRMED);
        StatementView council =
                label(seed("003_d6d6020e59357bc8.txt"), "between 1,000 and 2,200 Isis-K fighters", Label.UNCONFIRMED);
        ClaimView claim = claims.createFromStatement(un.id());
        claims.addMember(claim.id(), ClaimService.MemberSpec.statement(upTo.id()));
        claims.addMember(claim.id(), ClaimService.MemberSpec.statement(council.id()));
        Page page = browser.newPage();
        signIn(page, "editor");

        page.navigate(url("/claims"));
        page.locator("vaadin-grid#claims").waitFor();
        BrowserSession.awaitVaadin(page);
        assertThat(page.locator("vaadin-grid#claims").innerText()).contains("⚠ figures differ");
        page.navigate(url("/claims/" + claim.id()));
        page.locator("vaadin-grid#claim-conflicts").waitFor();
        BrowserSession.awaitVaadin(page);

        String conflicts = page.locator("vaadin-grid#claim-conflicts").innerText();
        assertThat(conflicts).contains("500–1,200", "≤ 2,200", "1,000–2,200");
        page.context().close();
    }

    @Test
    void a_search_finds_the_figure_in_every_article_and_opens_the_reader_at_the_hit() {
        Page page = browser.newPage();
        signIn(page, "researcher");
        page.navigate(url("/search"));
        page.locator("#search-query input").fill("\"Isis-K fighters\"");
        page.locator("#search-query input").press("Enter");

        page.locator("#search-results .cr-search-hit").first().waitFor();
        assertThat(page.locator("#search-results .cr-search-match").first().innerText())
                .containsIgnoringCase("isis");
        page.locator("#search-results a.cr-search-text").first().click();
        page.locator("#document-text .cr-block.cr-flash").waitFor();
        assertThat(page.url()).contains("/documents/").contains("at=");
        page.context().close();
    }

    private StatementView label(DocumentDetails document, String phrase, Label label) {
        String text = document.text();
        int at = text.indexOf(phrase);
        return annotations.add(
                document.id(), CodePoints.fromUtf16(text, at), CodePoints.fromUtf16(text, at + phrase.length()), label);
    }
}
