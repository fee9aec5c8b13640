package org.credence.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.export.ExportJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

class ExportViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    org.credence.export.ExportService exports;

    @Autowired
    AnnotationService annotations;

    @Autowired
    @Qualifier("exportExecutor")
    Executor exportExecutor;

    @Test
    void writing_the_export_puts_every_statement_into_the_exports_folder_and_says_where() throws Exception {
        long documentId = TestCorpus.importText(documents, "Export view check sentence.");
        StatementView statement = annotations.add(documentId, 0, 11, Label.CONFIRMED);
        UI.getCurrent().navigate(ExportView.class);
        _get(ExportView.class).bundle.setValue(false);

        _click(_get(Button.class, spec -> spec.withId("export-write")));
        awaitExport();

        Path file = Path.of("target/test-exports/statements.jsonl");
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-result")).getText())
                .startsWith("Wrote " + file + " (")
                .endsWith(" bytes).");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("{\"project\":\"Default\",\"statement_id\":" + statement.id() + ",\"document_id\":"
                        + documentId + ",")
                .contains("\"exact\":\"Export view\",\"label\":\"confirmed\"");
    }

    @Test
    void the_filters_narrow_what_is_written() throws Exception {
        long documentId = TestCorpus.importText(documents, "Filtered export check sentence.");
        annotations.add(documentId, 0, 8, Label.CONFIRMED);
        annotations.add(documentId, 9, 15, Label.DISPUTED);
        UI.getCurrent().navigate(ExportView.class);
        ExportView view = _get(ExportView.class);

        view.labels.setValue(java.util.Set.of(Label.DISPUTED));
        view.bundle.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("export-write")));
        awaitExport();

        String written = Files.readString(Path.of("target/test-exports/statements.jsonl"), StandardCharsets.UTF_8);
        assertThat(written).contains("\"exact\":\"export\"").doesNotContain("\"exact\":\"Filtered\"");
        assertThat(written.lines())
                .as("disputed by the reviewer or, where decided, by the editor")
                .allSatisfy(line -> assertThat(line.contains("\"gold_label\":\"disputed\"")
                                || line.contains("\"label\":\"disputed\"") && line.contains("\"gold_label\":null"))
                        .isTrue());
    }

    @Test
    void the_preview_shows_the_first_records_in_the_chosen_format_and_a_dataset_as_its_statements() {
        long documentId = TestCorpus.importText(documents, "Preview check sentence " + java.util.UUID.randomUUID());
        StatementView statement = annotations.add(documentId, 0, 7, Label.UNCONFIRMED);
        UI.getCurrent().navigate(ExportView.class);
        ExportView view = _get(ExportView.class);
        view.reviewer.setValue("demo");

        choose(view, "csv");
        view.status.setValue(org.credence.export.ExportOptions.Status.ALL);
        _click(_get(Button.class, spec -> spec.withId("export-preview-show")));
        // A table, one column per field, not raw text broken mid-word
        assertThat(view.previewTable.isVisible()).isTrue();
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(view.previewTable.getColumns())
                .extracting(com.vaadin.flow.component.grid.Grid.Column::getKey)
                .startsWith("statement_id", "document_id", "title");
        int rows = com.github.mvysny.kaributesting.v10.GridKt._size(view.previewTable);
        assertThat(rows).isBetween(1, ExportView.PREVIEW_RECORDS);
        // the first records of the shared test database; each row has its cell under every column
        int reviewerColumn = view.previewTable.getColumns().indexOf(view.previewTable.getColumnByKey("reviewer"));
        for (int i = 0; i < rows; i++) {
            java.util.List<String> row =
                    com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(view.previewTable, i);
            assertThat(row).hasSize(view.previewTable.getColumns().size());
            assertThat(row.get(reviewerColumn)).as("the reviewer filter").isEqualTo("demo");
        }

        choose(view, "dataset");
        view.status.setValue(org.credence.export.ExportOptions.Status.ALL);
        _click(_get(Button.class, spec -> spec.withId("export-preview-show")));
        assertThat(view.previewTable.getColumns())
                .extracting(com.vaadin.flow.component.grid.Grid.Column::getKey)
                .startsWith("project", "statement_id");
        assertThat(view.preview.getText()).startsWith("{\"project\":\"Default\",\"statement_id\":");

        view.reviewer.setValue("nobody-" + statement.id());
        _click(_get(Button.class, spec -> spec.withId("export-preview-show")));
        assertThat(view.preview.getText()).isEqualTo("No statement matches these filters.");
        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.previewTable.isVisible()).isFalse();
    }

    @Test
    void by_default_the_file_is_written_zipped_with_a_manifest_of_options_counts_and_checksum() throws Exception {
        long documentId = TestCorpus.importText(documents, "Bundled export check " + java.util.UUID.randomUUID());
        annotations.add(documentId, 0, 7, Label.DISPUTED);
        UI.getCurrent().navigate(ExportView.class);
        ExportView view = _get(ExportView.class);
        view.reviewer.setValue("demo");

        assertThat(view.bundle.getValue()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("export-write")));
        awaitExport();

        var files =
                org.credence.TestFiles.unzip(Files.readAllBytes(Path.of("target/test-exports/statements-jsonl.zip")));
        assertThat(files).containsOnlyKeys("statements.jsonl", "manifest.json");
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(files.get("manifest.json"));
        assertThat(manifest.get("format").asText()).isEqualTo("jsonl");
        assertThat(manifest.get("options").get("reviewer").asText()).isEqualTo("demo");
        assertThat(manifest.get("sha256").get("statements.jsonl").asText())
                .isEqualTo(org.credence.base.domain.Sha256.of(files.get("statements.jsonl")));
        assertThat(manifest.get("counts").get("statements").asLong())
                .isEqualTo(new String(files.get("statements.jsonl"), StandardCharsets.UTF_8)
                        .lines()
                        .count());
        assertThat(_get(Anchor.class, spec -> spec.withId("export-download")).getHref())
                .isNotBlank();
    }

    @Test
    void a_running_export_shows_its_progress_and_cancel_stops_it_without_leaving_a_file() throws Exception {
        long documentId = TestCorpus.importText(documents, "Cancelled export check " + java.util.UUID.randomUUID());
        annotations.add(documentId, 0, 9, Label.CONFIRMED);
        UI.getCurrent().navigate(ExportView.class);
        ExportView view = _get(ExportView.class);
        choose(view, "csv");
        Path target = Path.of("target/test-exports/statements.csv");
        Files.deleteIfExists(target);
        CountDownLatch hold = occupyTheExportThread();
        try {
            _click(_get(Button.class, spec -> spec.withId("export-write")));

            assertThat(_get(Span.class, spec -> spec.withId("export-progress-line"))
                            .getText())
                    .matches("Exporting 0 of [\\d,]+ statements…");
            assertThat(_get(Button.class, spec -> spec.withId("export-write")).isEnabled())
                    .as("one export at a time from a view")
                    .isFalse();
            _click(_get(Button.class, spec -> spec.withId("export-cancel")));
            assertThat(_get(Button.class, spec -> spec.withId("export-cancel")).getText())
                    .isEqualTo("Cancelling…");
        } finally {
            hold.countDown();
        }
        awaitExport();

        assertThat(view.running().state()).isEqualTo(ExportJob.State.CANCELLED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-result")).getText())
                .isEqualTo("Cancelled; nothing was written.");
        assertThat(target).doesNotExist();
        assertThat(_get(Button.class, spec -> spec.withId("export-write")).isEnabled())
                .isTrue();
    }

    private static void choose(ExportView view, String formatId) {
        view.format.setValue(view.format
                .getListDataView()
                .getItems()
                .filter(f -> f.id().equals(formatId))
                .findFirst()
                .orElseThrow());
    }

    /** The export thread is single: a task waiting on it keeps the next export queued until released. */
    private CountDownLatch occupyTheExportThread() {
        CountDownLatch hold = new CountDownLatch(1);
        exportExecutor.execute(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return hold;
    }

    private void awaitExport() throws InterruptedException {
        assertThat(_get(ExportView.class).running().await(Duration.ofSeconds(30)))
                .as("export finished")
                .isTrue();
        MockVaadin.clientRoundtrip(); // runs the pushed updates queued by the export thread
    }

    @Test
    void the_download_link_serves_the_chosen_format_byte_for_byte_as_the_api_would() throws Exception {
        long documentId = TestCorpus.importText(documents, "Download check sentence.");
        StatementView statement = annotations.add(documentId, 0, 8, Label.DISPUTED);
        UI.getCurrent().navigate(ExportView.class);
        _get(ExportView.class).bundle.setValue(false);
        assertThat(_get(ExportView.class).format.getValue().id()).isEqualTo("jsonl");

        byte[] downloaded = com.github.mvysny.kaributesting.v10.DownloadKt._download(
                _get(Anchor.class, spec -> spec.withId("export-download")));

        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        exports.export(exports.format("jsonl"), org.credence.export.ExportOptions.all(), expected);
        assertThat(downloaded).isEqualTo(expected.toByteArray());
        assertThat(new String(downloaded, StandardCharsets.UTF_8))
                .contains("{\"project\":\"Default\",\"statement_id\":" + statement.id() + ",");
    }

    /**
     * The download goes through the service's proxy, so its role check and read-only transaction apply
     * (it called the service from inside, past both, and on PostgreSQL read the whole result into memory).
     */
    @Test
    void the_download_is_checked_like_every_other_export() {
        UI.getCurrent().navigate(ExportView.class);
        Anchor download = _get(Anchor.class, spec -> spec.withId("export-download"));
        login("reviewer1", org.credence.security.Role.REVIEWER);

        assertThatThrownBy(() -> com.github.mvysny.kaributesting.v10.DownloadKt._download(download))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
