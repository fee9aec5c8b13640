package org.credence.journey;

import com.microsoft.playwright.Page;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.project.ProjectService;
import org.credence.security.Role;
import org.credence.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Every view at 1440×900 and 1280×720, as the demo shows it (seed corpus, demo projects, a few labels of
 * two reviewers), for looking at: {@code scripts/screenshots} copies them to {@code docs/screenshots/}.
 * It asserts that each view opens with its main component; how each looks is judged by a person.
 */
@ActiveProfiles({"test", "demo"})
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:screenshot-tour;DB_CLOSE_DELAY=-1",
            "credence.import.import-seeds=true",
            "credence.import.seeds-dir=seeds",
            "vaadin.devmode.devTools.enabled=false"
        })
class ScreenshotTourIT extends AbstractBrowserIT {

    @Autowired
    ProjectService projects;

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Test
    void every_view_as_its_users_see_it() {
        long project = SystemTask.runAs("tour", () -> projects.findOrCreate("ISIS-K, August 2021", ""));
        TestSecurity.signInTo(context, project, "reviewer1", Role.REVIEWER);
        long document = documents.ids().get(0);
        String text = documents.text(document);
        label("reviewer1", project, document, text, "at least 170 dead", Label.CONFIRMED);
        label(
                "reviewer1",
                project,
                document,
                text,
                "Isis-K has claimed responsibility for the attack",
                Label.UNCONFIRMED);
        label("reviewer2", project, document, text, "at least 170 dead", Label.UNCONFIRMED);
        label("reviewer2", project, document, text, "Isis-K has claimed responsibility", Label.UNCONFIRMED);
        label("reviewer2", project, document, text, "the US said it killed a \"planner\"", Label.DISPUTED);

        Page editor = browser.newPage();
        signIn(editor, "editor");
        tour(editor, "", "#documents", "library");
        tour(editor, "documents/" + document, "#document-text", "reader-editor");
        tour(editor, "review", "#review-queue", "review-queue");
        tour(editor, "assignments", "h2", "assignments");
        tour(editor, "agreement", "h2", "agreement");
        editor.locator("#agreement-chart").scrollIntoViewIfNeeded();
        screenshots(editor, "tour-agreement-chart");
        tour(editor, "export", "h2", "export");
        editor.locator("#export-preview-show").click();
        editor.locator("#export-preview-table").waitFor();
        screenshots(editor, "tour-export-preview");
        tour(editor, "sources", "h2", "sources");
        tour(editor, "claims", "h2", "claims");
        tour(editor, "search", "h2", "search");
        tour(editor, "projects", "h2", "projects");
        editor.context().close();

        Page reviewer = browser.newPage();
        signIn(reviewer, "reviewer1");
        tour(reviewer, "documents/" + document, "#document-text", "reader-reviewer");
        tour(reviewer, "my-queue", "h2", "my-queue");
        tour(reviewer, "my-decisions", "h2", "my-decisions");
        reviewer.context().close();

        Page admin = browser.newPage();
        signIn(admin, "admin");
        tour(admin, "admin/users", "h2", "accounts");
        admin.context().close();
    }

    private void label(String reviewer, long project, long document, String text, String quote, Label label) {
        TestSecurity.signInTo(context, project, reviewer, Role.REVIEWER);
        int at = text.indexOf(quote);
        annotations.add(document, at, at + quote.length(), label);
    }

    private void tour(Page page, String path, String mainSelector, String name) {
        page.setViewportSize(1440, 900);
        page.navigate(url("/" + path));
        page.locator(mainSelector).first().waitFor();
        BrowserSession.awaitVaadin(page);
        screenshots(page, "tour-" + name);
    }
}
