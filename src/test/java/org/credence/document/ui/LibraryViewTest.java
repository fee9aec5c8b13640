package org.credence.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LibraryViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Test
    void the_library_lists_imported_documents_with_title_source_and_counts() {
        long id = TestCorpus.importText(documents, "Library listing headline\nBody text.");

        UI.getCurrent().navigate(LibraryView.class);

        Grid<DocumentSummary> grid = documentsGrid();
        List<DocumentSummary> rows = rows(grid);
        DocumentSummary row = rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(row.title()).isEqualTo("Library listing headline");
        assertThat(row.source()).startsWith("test-").endsWith(".txt");
        assertThat(row.statementCount()).isZero();
        assertThat(GridKt._getFormattedRow(grid, rows.indexOf(row))).startsWith("Library listing headline");
        _assertNone(Paragraph.class, spec -> spec.withId("library-empty"));
    }

    @Test
    void an_uploaded_file_is_imported_in_the_background_and_appears_in_the_grid() {
        UI.getCurrent().navigate(LibraryView.class);
        long before = documents.count();
        String headline = "Uploaded headline " + UUID.randomUUID();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload")), "upload.txt", "text/plain",
                (headline + "\nBody.").getBytes(StandardCharsets.UTF_8));
        awaitNotification();

        assertThat(documents.count()).isEqualTo(before + 1);
        assertThat(notificationTexts()).contains("Imported upload.txt.");
        assertThat(rows(documentsGrid())).extracting(DocumentSummary::title).contains(headline);
    }

    @Test
    void an_unreadable_upload_is_reported_and_nothing_is_saved() {
        UI.getCurrent().navigate(LibraryView.class);
        long before = documents.count();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload")), "encrypted.pdf", "application/pdf",
                TestCorpus.fixture("document/encrypted.pdf"));
        awaitNotification();

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .startsWith("encrypted.pdf was not imported: The file is password protected"));
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void uploading_the_same_file_twice_says_it_was_imported_before() {
        UI.getCurrent().navigate(LibraryView.class);
        byte[] bytes = ("Twice " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        documents.importFile("first.txt", bytes, "test");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload")), "again.txt", "text/plain", bytes);
        awaitNotification();

        assertThat(notificationTexts()).contains("again.txt was imported before; nothing was added.");
    }

    @Test
    void clicking_a_document_opens_it_in_the_reader() {
        long id = TestCorpus.importText(documents, "Open me");
        UI.getCurrent().navigate(LibraryView.class);
        Grid<DocumentSummary> grid = documentsGrid();
        int index = rows(grid).stream().map(DocumentSummary::id).toList().indexOf(id);

        GridKt._clickItem(grid, index);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("documents/" + id);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentSummary> documentsGrid() {
        return _get(Grid.class, spec -> spec.withId("documents"));
    }

    private static List<DocumentSummary> rows(Grid<DocumentSummary> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** The import runs on another thread and reports through ui.access: wait, then run the UI queue. */
    private static void awaitNotification() {
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.clientRoundtrip();
            return !NotificationsKt.getNotifications().isEmpty()
                    && notificationTexts().stream().noneMatch(t -> t.isEmpty());
        });
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(LibraryViewTest::text).toList();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
