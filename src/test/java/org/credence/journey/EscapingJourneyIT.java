package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.claim.ClaimService;
import org.credence.document.DocumentService;
import org.credence.review.CommentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * XSS: script and markup planted in every place a user or a document can put words — document title
 * and text, rationale, attribution, tags, comments, claim wording, publisher — then every view that
 * shows them is opened in Chromium. Nothing may run, and the words must be visible as typed.
 */
class EscapingJourneyIT extends AbstractBrowserIT {

    /** Sets window.__xss if it ever runs, as an element, an attribute or a script. */
    static final String PAYLOAD = "<img src=x onerror=\"window.__xss='img'\"><script>window.__xss='script'</script>";

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    CommentService comments;

    @Autowired
    ClaimService claims;

    @Test
    void planted_markup_is_shown_as_text_and_never_runs_in_any_view() {
        String html = "<html><head><title>Title " + PAYLOAD.replace("<", "&lt;") + "</title>"
                + "<meta property=\"og:site_name\" content=\"Wire "
                + PAYLOAD.replace("\"", "&quot;").replace("<", "&lt;") + "\"></head><body><p>Officials said the bridge "
                + PAYLOAD.replace("<", "&lt;") + " was closed on Monday.</p></body></html>";
        long documentId = documents
                .importFile("planted.html", html.getBytes(StandardCharsets.UTF_8), "reviewer1")
                .documentId();
        String text = documents.get(documentId).text();
        int start = text.indexOf("Officials");
        StatementView statement = annotations.add(
                documentId,
                start,
                start + "Officials said the bridge".length(),
                new StatementDetails(
                        Label.DISPUTED,
                        null,
                        "Rationale " + PAYLOAD,
                        "Source " + PAYLOAD,
                        "said",
                        List.of("tag<b>bold</b>"),
                        null,
                        null,
                        null),
                null);
        comments.onDocument(documentId, "Comment " + PAYLOAD);
        comments.onStatement(statement.id(), "Reply " + PAYLOAD);
        long claimId = claims.createFromStatement(statement.id()).id();
        claims.reword(claimId, claims.get(claimId).version(), "Claim " + PAYLOAD);

        Page page = browser.newPage();
        signIn(page, "editor");
        for (String path : List.of(
                "/",
                "/documents/" + documentId,
                "/review",
                "/claims",
                "/claims/" + claimId,
                "/search?q=bridge",
                "/sources",
                "/history/document/" + documentId,
                "/discussion/document/" + documentId,
                "/discussion/statement/" + statement.id(),
                "/agreement",
                "/claims/statement/" + statement.id())) {
            page.navigate(url(path));
            BrowserSession.awaitVaadin(page);
            page.waitForTimeout(300); // an image's onerror fires after its failed load
            assertThat(page.evaluate("() => window.__xss === undefined"))
                    .as("nothing ran on " + path)
                    .isEqualTo(true);
        }
        page.navigate(url("/documents/" + documentId));
        page.locator("#document-text .cr-block").first().waitFor();
        assertThat(page.locator("#document-text").innerText())
                .as("the document's words, as typed")
                .contains("<img src=x onerror=");
        assertThat(page.locator("body").innerText()).contains("Title <img src=x");
        page.navigate(url("/claims/" + claimId));
        BrowserSession.awaitVaadin(page);
        assertThat(page.locator("body").innerText()).contains("Claim <img src=x onerror=");

        // The detector itself: the same payload inserted as HTML does run, so the checks above could fail.
        page.evaluate("payload => document.body.insertAdjacentHTML('beforeend', payload)", PAYLOAD);
        page.waitForCondition(() -> "img".equals(page.evaluate("() => window.__xss")));
        page.context().close();
    }
}
