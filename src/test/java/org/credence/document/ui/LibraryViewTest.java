package org.credence.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.credence.document.BatchImportService;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.document.ImportBatch;
import org.credence.document.ImportInput;
import org.credence.document.ImportOptions;
import org.credence.document.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LibraryViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    BatchImportService batches;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("importExecutor")
    java.util.concurrent.Executor importExecutor;

    @Test
    void the_library_lists_imported_documents_with_title_source_and_counts() {
        long id = TestCorpus.importText(documents, "Library listing headline\nBody text.");

        UI.getCurrent().navigate(LibraryView.class);

        Grid<DocumentSummary> grid = documentsGrid();
        List<DocumentSummary> rows = rows(grid);
        DocumentSummary row =
                rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(row.title()).isEqualTo("Library listing headline");
        assertThat(row.source()).isEmpty();
        assertThat(row.statementCount()).isZero();
        assertThat(GridKt._getFormattedRow(grid, rows.indexOf(row))).startsWith("Library listing headline");
        assertThat(grid.getThemeNames())
                .as("long titles wrap instead of being cut")
                .contains("wrap-cell-content");
        assertThat(grid.getClassNames()).contains("cr-clickable-rows");
        _assertNone(Paragraph.class, spec -> spec.withId("library-empty"));
    }

    @Autowired
    org.credence.annotation.AnnotationService annotations;

    @Autowired
    org.credence.review.ReviewService reviews;

    @Test
    void each_row_shows_the_statements_the_reader_may_see_how_many_are_theirs_and_how_many_are_decided() {
        String text = "Progress headline\nThe bridge fell. Twelve died. The mayor spoke.";
        long id = TestCorpus.importText(documents, text);
        login("reviewer1", org.credence.security.Role.REVIEWER);
        long first = annotations
                .add(id, 18, 34, org.credence.annotation.Label.CONFIRMED)
                .id();
        annotations.add(id, 35, 47, org.credence.annotation.Label.UNCONFIRMED);
        login("reviewer2", org.credence.security.Role.REVIEWER);
        annotations.add(id, 48, 63, org.credence.annotation.Label.DISPUTED);
        login("editor", org.credence.security.Role.EDITOR);
        reviews.decide(
                first,
                -1,
                org.credence.review.DecisionKind.OVERRIDE,
                org.credence.annotation.Label.DISPUTED,
                "Only one outlet says so.");

        assertThat(statementsCell(id)).as("an editor sees every statement").isEqualTo("3 · 1 decided");

        login("reviewer1", org.credence.security.Role.REVIEWER);
        assertThat(statementsCell(id))
                .as("blind review (not assigned, not done): only their own, and only their own decided")
                .isEqualTo("2 (all mine) · 1 decided");
        login("reviewer2", org.credence.security.Role.REVIEWER);
        assertThat(statementsCell(id)).isEqualTo("1 (all mine)");
    }

    /** The Statements cell of the document's row, as the signed-in user sees it on a fresh Library. */
    private static String statementsCell(long documentId) {
        UI.getCurrent().navigate(org.credence.claim.ui.SearchView.class);
        UI.getCurrent().navigate(LibraryView.class);
        Grid<DocumentSummary> grid = documentsGrid();
        List<DocumentSummary> rows = rows(grid);
        DocumentSummary row =
                rows.stream().filter(r -> r.id() == documentId).findFirst().orElseThrow();
        return GridKt._getFormatted(grid.getColumnByKey("statements"), row);
    }

    @Test
    void an_uploaded_file_is_imported_in_the_background_with_progress_and_appears_in_the_grid() {
        UI.getCurrent().navigate(LibraryView.class);
        long before = documents.count();
        String headline = "Uploaded headline " + UUID.randomUUID();

        upload("upload.txt", (headline + "\nBody.").getBytes(StandardCharsets.UTF_8));
        allUploadsFinished();

        assertThat(awaitSummary()).isEqualTo("Done: 1 of 1 file — 1 imported, 0 duplicates, 0 failed.");
        assertThat(documents.count()).isEqualTo(before + 1);
        assertThat(rows(documentsGrid())).extracting(DocumentSummary::title).contains(headline);
        _assertNone(Grid.class, spec -> spec.withClasses("cr-import-problems"));
    }

    @Test
    void a_zip_upload_is_opened_and_every_failure_is_listed_with_its_reason() {
        UI.getCurrent().navigate(LibraryView.class);
        long before = documents.count();
        byte[] zip = TestFiles.zip(TestFiles.entries(
                "good.txt",
                "Zipped headline " + UUID.randomUUID(),
                "encrypted.pdf",
                TestCorpus.fixture("document/encrypted.pdf"),
                "empty.txt",
                ""));

        upload("batch.zip", zip);
        allUploadsFinished();

        assertThat(awaitSummary()).isEqualTo("Done: 3 of 3 files — 1 imported, 0 duplicates, 2 failed.");
        Grid<ImportOutcome> problems = _get(Grid.class, spec -> spec.withClasses("cr-import-problems"));
        assertThat(IntStream.range(0, GridKt._size(problems)).mapToObj(i -> GridKt._getFormattedRow(problems, i)))
                .containsExactly(
                        List.of("batch.zip/empty.txt", "Not imported", "The file is empty."),
                        List.of(
                                "batch.zip/encrypted.pdf",
                                "Not imported",
                                "The file is password protected; remove the password and import it again."));
        assertThat(documents.count()).isEqualTo(before + 1);
    }

    @Test
    void uploading_the_same_file_twice_says_it_was_imported_before() {
        UI.getCurrent().navigate(LibraryView.class);
        byte[] bytes = ("Twice " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        documents.importFile("first.txt", bytes, "test");

        upload("again.txt", bytes);
        allUploadsFinished();

        assertThat(awaitSummary()).isEqualTo("Done: 1 of 1 file — 0 imported, 1 duplicate, 0 failed.");
    }

    @Test
    void a_running_batch_shows_again_when_its_uploader_comes_back_to_the_library() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("credence-test", ".txt");
        java.nio.file.Files.writeString(file, "Background batch " + UUID.randomUUID());
        // Occupy every import thread so the batch cannot finish before the view opens.
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < threads; i++) {
            importExecutor.execute(() -> {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        ImportBatch batch =
                batches.start(List.of(new ImportInput("background.txt", file)), "demo", ImportOptions.DEFAULT, true);
        try {
            UI.getCurrent().navigate(LibraryView.class);

            assertThat(LocatorJ._find(Span.class, spec -> spec.withClasses("cr-import-line")))
                    .singleElement()
                    .extracting(Span::getText)
                    .asString()
                    .startsWith("Importing 0 of 1 file");
        } finally {
            hold.countDown();
        }
        assertThat(awaitSummary()).isEqualTo("Done: 1 of 1 file — 1 imported, 0 duplicates, 0 failed.");
        assertThat(batch.progress().created()).isEqualTo(1);
    }

    @Test
    void clicking_a_document_opens_it_in_the_reader() {
        long id = TestCorpus.importText(documents, "Open me");
        UI.getCurrent().navigate(LibraryView.class);
        Grid<DocumentSummary> grid = documentsGrid();
        int index = rows(grid).stream().map(DocumentSummary::id).toList().indexOf(id);

        GridKt._clickItem(grid, index);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("documents/" + id);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentSummary> documentsGrid() {
        return _get(Grid.class, spec -> spec.withId("documents"));
    }

    private static List<DocumentSummary> rows(Grid<DocumentSummary> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    private static void upload(String fileName, byte[] bytes) {
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("upload")), fileName, "application/octet-stream", bytes);
    }

    /**
     * The browser reports when the last file of a drop is up; without a browser, the test does. (Karibu
     * plays only part of the client's file list, so several files in one drop are tested in a browser:
     * ImportJourneyIT.)
     */
    private static void allUploadsFinished() {
        _get(LibraryView.class).importUploaded();
    }

    /** The batch runs on other threads and reports through ui.access: wait, then run the UI queue. */
    private static String awaitSummary() {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip();
            return newestImportLine().startsWith("Done:");
        });
        return newestImportLine();
    }

    /** Each drop is a batch with its own line, newest first. */
    private static String newestImportLine() {
        return LocatorJ._find(Span.class, spec -> spec.withClasses("cr-import-line"))
                .get(0)
                .getText();
    }
}
