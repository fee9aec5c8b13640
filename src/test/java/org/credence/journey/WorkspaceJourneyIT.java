package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The annotation workspace in a real browser: keyboard selection, overlaps, details, undo, j/k, help. */
class WorkspaceJourneyIT extends AbstractBrowserIT {

    static final String TEXT = "Workspace journey\n\n"
            + "The Taliban executed a senior commander, according to unconfirmed reports.\n"
            + "Officials deny the claim.";

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    long documentId;
    Page page;

    @BeforeEach
    void openDocument() {
        documentId = TestCorpus.importText(documents, TEXT);
        page = browser.newPage();
        signIn(page, "reviewer1");
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    private void openReader() {
        openReader(page, documentId);
    }

    @Test
    void shift_arrows_select_from_the_keyboard_and_2_labels_the_selection_snapped_to_words() {
        openReader();
        Journeys.clickAtStartOf(page, "Officials deny");

        page.keyboard().press("Control+Shift+ArrowRight");
        page.keyboard().press("Control+Shift+ArrowRight");
        page.keyboard().press("Shift+ArrowLeft");
        page.keyboard().press("2");

        StatementView saved = awaitStatements(1).get(0);
        assertThat(saved.quote()).isEqualTo("Officials deny");
        assertThat(saved.label()).isEqualTo(Label.UNCONFIRMED);
        page.locator("#document-text mark.cr-unconfirmed").waitFor();
        assertThat(page.locator("#document-text mark.cr-unconfirmed").innerText())
                .isEqualTo("Officials deny");
    }

    @Test
    void nested_statements_render_with_the_inner_label_on_top_and_a_click_opens_both() {
        annotations.add(documentId, 19, 93, Label.CONFIRMED);
        annotations.add(documentId, 23, 58, Label.DISPUTED);
        openReader();

        assertThat(page.locator("#document-text mark.cr-disputed.cr-stacked").innerText())
                .isEqualTo("Taliban executed a senior commander");
        assertThat(page.locator("#document-text mark.cr-confirmed").allInnerTexts())
                .containsExactly("The ", ", according to unconfirmed reports.");

        page.locator("#document-text mark.cr-disputed").click();

        page.locator("#edit-quote").waitFor();
        assertThat(page.locator("#edit-quote").innerText()).isEqualTo("Taliban executed a senior commander");
        assertThat(page.locator("#edit-tabs vaadin-tab").count()).isEqualTo(2);
        // The details sit at the right, not over the passage they are about (#15)
        for (int[] size : new int[][] {{1440, 900}, {1280, 720}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(200);
            com.microsoft.playwright.options.BoundingBox passage =
                    page.locator("#document-text mark.cr-disputed").boundingBox();
            com.microsoft.playwright.options.BoundingBox dialog =
                    page.locator(".cr-statement-editor > #overlay").boundingBox();
            assertThat(dialog.x).as("at %dx%d", size[0], size[1]).isGreaterThanOrEqualTo(passage.x + passage.width);
        }
        screenshots(page, "statement-editor");
    }

    @Test
    void ctrl_z_undoes_the_last_label() {
        openReader();
        Journeys.dragOver(page, "Officials deny the claim.");
        page.keyboard().press("3");
        awaitStatements(1);
        page.locator("#document-text mark.cr-disputed").waitFor();

        page.locator("#document-text").focus();
        page.keyboard().press("Control+z");

        awaitStatements(0);
        page.locator("#document-text mark")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

    @Test
    void j_moves_to_the_next_statement_and_question_mark_shows_the_shortcuts() {
        annotations.add(documentId, 23, 58, Label.DISPUTED);
        annotations.add(documentId, 94, 119, Label.CONFIRMED);
        openReader();
        page.locator("#document-text").focus();

        page.keyboard().press("j");
        page.locator("#document-text mark.cr-current").waitFor();
        assertThat(page.locator("#document-text mark.cr-current").innerText())
                .isEqualTo("Taliban executed a senior commander");
        page.keyboard().press("j");
        page.locator("#document-text mark.cr-current.cr-confirmed").waitFor();
        assertThat(page.locator("#document-text mark.cr-current").innerText()).isEqualTo("Officials deny the claim.");

        page.keyboard().press("?");
        page.locator("table.cr-shortcuts").waitFor();
        assertThat(page.locator("table.cr-shortcuts").innerText()).contains("Ctrl + Z");
    }

    private List<StatementView> awaitStatements(int count) {
        return await().pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> annotations.listForDocument(documentId), list -> list.size() == count);
    }
}
