package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reviewer works through discovery's candidates on the Claims board: reads one with its places, as
 * text (markup in a document stays words), accepts it, and finds it among the claims. The candidate is
 * stored as a run stores it: discovery itself needs the embedding model, which browser tests leave off.
 */
class DiscoveryJourneyIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_reviewer_accepts_a_candidate_and_it_is_a_claim() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String wording = "At least 12 <i>people</i> were killed when bridge " + marker + " collapsed";
        String other = "As many as 20 are feared dead after the bridge fell.";
        long a = TestCorpus.importText(documents, "Report A\n" + wording + ".");
        long b = TestCorpus.importText(documents, "Report B\n" + other);
        long project = jdbc.queryForObject("select project_id from document where id = ?", Long.class, a);
        org.credence.discovery.CandidateRows.insert(
                jdbc,
                project,
                wording,
                "counts differ: “At least 12” · “As many as 20”",
                new org.credence.discovery.CandidateRows.Place(a, 9, wording, "ASSERTED", "At least 12"),
                new org.credence.discovery.CandidateRows.Place(b, 9, other, "HEDGED", "As many as 20"));

        Page page = browser.newPage();
        signIn(page, "reviewer2");
        page.navigate(url("/claims"));
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Candidates"))
                .click();
        page.locator("vaadin-grid#candidates vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(marker))
                .first()
                .click();
        Locator details = page.locator("#candidate-details");
        details.waitFor();
        assertThat(details.innerText()).contains("As many as 20 are feared dead", "hedged", "counts differ");
        assertThat(details.innerText())
                .as("markup from a document is shown as words")
                .contains("<i>people</i>");
        assertThat(page.locator("#candidate-details i, vaadin-grid#candidates i")
                        .count())
                .isZero();

        page.locator("#candidate-accept").click();
        page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("Accepted: claim"))
                .waitFor();
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Claims"))
                .first()
                .click();
        page.locator("vaadin-grid#claims vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(marker))
                .first()
                .waitFor();
        page.context().close();
    }
}
