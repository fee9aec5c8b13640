package org.credence.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExportViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;
    @Autowired
    AnnotationService annotations;

    @Test
    void writing_the_export_puts_every_statement_into_the_exports_folder_and_says_where() throws Exception {
        long documentId = TestCorpus.importText(documents, "Export view check sentence.");
        StatementView statement = annotations.add(documentId, 0, 11, Label.CONFIRMED);
        UI.getCurrent().navigate(ExportView.class);

        _click(_get(Button.class, spec -> spec.withId("export-write")));

        Path file = Path.of("target/test-exports/statements.jsonl");
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-result")).getText())
                .startsWith("Wrote " + file + " (").endsWith(" bytes).");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("{\"statement_id\":" + statement.id() + ",\"document_id\":" + documentId + ",")
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
        _click(_get(Button.class, spec -> spec.withId("export-write")));

        String written = Files.readString(Path.of("target/test-exports/statements.jsonl"), StandardCharsets.UTF_8);
        assertThat(written).contains("\"exact\":\"export\"").doesNotContain("\"exact\":\"Filtered\"");
        assertThat(written.lines()).as("disputed by the reviewer or, where decided, by the editor")
                .allSatisfy(line -> assertThat(line.contains("\"gold_label\":\"disputed\"")
                        || line.contains("\"label\":\"disputed\"") && line.contains("\"gold_label\":null")).isTrue());
    }

    @Test
    void the_preview_shows_the_first_records_in_the_chosen_format_and_a_dataset_as_its_statements() {
        long documentId = TestCorpus.importText(documents, "Preview check sentence " + java.util.UUID.randomUUID());
        StatementView statement = annotations.add(documentId, 0, 7, Label.UNCONFIRMED);
        UI.getCurrent().navigate(ExportView.class);
        ExportView view = _get(ExportView.class);
        view.reviewer.setValue("demo");

        view.format.setValue(view.format.getListDataView().getItems().filter(f -> f.id().equals("csv")).findFirst()
                .orElseThrow());
        view.status.setValue(org.credence.export.ExportOptions.Status.ALL);
        _click(_get(Button.class, spec -> spec.withId("export-preview-show")));
        String csv = view.preview.getText();
        assertThat(csv).startsWith("statement_id,document_id,title,");
        assertThat(csv.lines().count()).isBetween(2L, 1L + ExportView.PREVIEW_RECORDS);

        view.format.setValue(view.format.getListDataView().getItems().filter(f -> f.id().equals("dataset")).findFirst()
                .orElseThrow());
        view.status.setValue(org.credence.export.ExportOptions.Status.ALL);
        _click(_get(Button.class, spec -> spec.withId("export-preview-show")));
        assertThat(view.preview.getText()).startsWith("{\"statement_id\":");

        view.reviewer.setValue("nobody-" + statement.id());
        _click(_get(Button.class, spec -> spec.withId("export-preview-show")));
        assertThat(view.preview.getText()).isEqualTo("No statement matches these filters.");
    }

    @Test
    void the_download_link_serves_the_chosen_format() {
        UI.getCurrent().navigate(ExportView.class);

        Anchor download = _get(Anchor.class, spec -> spec.withId("export-download"));

        assertThat(download.getHref()).isNotBlank();
        assertThat(_get(ExportView.class).format.getValue().id()).isEqualTo("jsonl");
    }
}
