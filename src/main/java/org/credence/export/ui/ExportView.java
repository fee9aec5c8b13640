package org.credence.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.annotation.Label;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.export.ExportFormat;
import org.credence.export.ExportJob;
import org.credence.export.ExportJobs;
import org.credence.export.ExportOptions;
import org.credence.export.ExportService;
import org.credence.security.Role;
import org.credence.source.SourceService;
import org.credence.source.SourceSummary;

/** Exports the annotated corpus to the exports folder or as a download. */
@Route(value = "export", layout = MainLayout.class)
@RolesAllowed({Role.RESEARCHER_ROLE, Role.EDITOR_ROLE, Role.ADMIN_ROLE})
@PageTitle("Export · Credence")
@Menu(title = "Export", order = 10, icon = "vaadin:download")
public class ExportView extends VerticalLayout {

    private final ExportService exports;
    final Select<ExportFormat> format = new Select<>();
    final Select<ExportOptions.Status> status = new Select<>();
    final Checkbox excelBom = new Checkbox("UTF-8 byte-order mark (for Excel)");
    final Checkbox bundle = new Checkbox("Zip with manifest.json (options, counts, checksums)", true);
    final Checkbox split = new Checkbox("Datasets: also split into train / validation / test by document (80/10/10)");
    final MultiSelectComboBox<Label> labels = new MultiSelectComboBox<>("Labels");
    final TextField reviewer = new TextField("Reviewer");
    final DatePicker from = new DatePicker("Made from");
    final DatePicker to = new DatePicker("Made until");
    final MultiSelectComboBox<SourceSummary> sources = new MultiSelectComboBox<>("Sources");
    private final Anchor download = new Anchor();
    private final Button write = new Button("Write to exports/", e -> writeToFolder());
    private final ExportProgressPanel progress = new ExportProgressPanel();
    private final ExportJobs jobs;
    private ExportJob running;
    private final Paragraph lastWritten = new Paragraph();
    final com.vaadin.flow.component.html.Pre preview = new com.vaadin.flow.component.html.Pre();
    final com.vaadin.flow.component.grid.Grid<java.util.List<String>> previewTable =
            new com.vaadin.flow.component.grid.Grid<>();
    static final int PREVIEW_RECORDS = 20;

    public ExportView(ExportService exports, ExportJobs jobs, SourceService sourceService) {
        this.exports = exports;
        this.jobs = jobs;
        sources.setId("export-sources");
        sources.setItems(sourceService.list());
        sources.setItemLabelGenerator(SourceSummary::name);
        sources.setPlaceholder("All");
        sources.addValueChangeListener(e -> updateDownload());
        format.setId("export-format");
        format.setLabel("Format");
        format.setItems(exports.formats());
        format.setItemLabelGenerator(ExportFormat::title);
        // Wide enough for the longest title ("W3C Web Annotation …"): a cut-off format name is a guess.
        format.setWidth("26rem");
        format.setValue(exports.format("jsonl"));
        format.addValueChangeListener(e -> {
            status.setValue(e.getValue().defaultStatus());
            updateDownload();
        });
        status.setId("export-status");
        status.setLabel("Statements");
        status.setWidth("18rem");
        status.setItems(ExportOptions.Status.values());
        status.setItemLabelGenerator(
                s -> s == ExportOptions.Status.ALL ? "All, decided or not" : "Approved by an editor");
        status.setValue(ExportOptions.Status.ALL);
        status.addValueChangeListener(e -> updateDownload());
        excelBom.setId("export-bom");
        excelBom.addValueChangeListener(e -> updateDownload());
        bundle.setId("export-bundle");
        bundle.addValueChangeListener(e -> updateDownload());
        split.setId("export-split");
        split.addValueChangeListener(e -> updateDownload());
        labels.setId("export-labels");
        labels.setItems(Label.values());
        labels.setItemLabelGenerator(Label::title);
        labels.setPlaceholder("All");
        reviewer.setId("export-reviewer");
        reviewer.setPlaceholder("Everyone");
        from.setId("export-from");
        to.setId("export-to");
        labels.addValueChangeListener(e -> updateDownload());
        reviewer.addValueChangeListener(e -> updateDownload());
        from.addValueChangeListener(e -> updateDownload());
        to.addValueChangeListener(e -> updateDownload());

        write.setId("export-write");
        write.setTooltipText("Writes the file into the server's exports/ folder, for the team's shared datasets");
        // Downloading is what a researcher usually wants: it is the primary action; writing on the server is second.
        download.setId("export-download");
        Button downloadButton = new Button("Download", VaadinIcon.DOWNLOAD_ALT.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        downloadButton.setTabIndex(-1);
        download.add(downloadButton);
        lastWritten.setId("export-result");
        updateDownload();

        add(
                new H2("Export"),
                new Paragraph(
                        "Every statement of the corpus, in document and text order. The same data always gives the same file."),
                new HorizontalLayout(format, status),
                filters(),
                excelBom,
                bundle,
                split,
                new HorizontalLayout(write, download, previewButton()),
                progress,
                lastWritten,
                previewTable,
                preview);
    }

    /** The filters wrap onto a second line on narrower screens (1280×720) instead of running off the page. */
    private HorizontalLayout filters() {
        HorizontalLayout row = new HorizontalLayout(labels, reviewer, sources, from, to);
        row.setWrap(true);
        return row;
    }

    private Button previewButton() {
        Button show = new Button("Preview", e -> showPreview());
        show.setId("export-preview-show");
        preview.setId("export-preview");
        preview.addClassName("cr-preview");
        preview.setVisible(false);
        previewTable.setId("export-preview-table");
        previewTable.addThemeVariants(
                com.vaadin.flow.component.grid.GridVariant.LUMO_ROW_STRIPES,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        previewTable.setAllRowsVisible(true);
        previewTable.setVisible(false);
        return show;
    }

    /** The first records as the chosen format writes them (a dataset: its statements.jsonl). */
    void showPreview() {
        try {
            String text = exports.preview(format.getValue(), options(), PREVIEW_RECORDS);
            var table = PreviewTable.of(text, format.getValue().fileName().endsWith(".csv"));
            previewTable.setVisible(table.isPresent());
            table.ifPresent(this::showTable);
            preview.setText(text.isEmpty() ? "No statement matches these filters." : text);
            preview.setVisible(table.isEmpty());
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** One column per field, each cell cut to a line with the whole value as its tooltip. */
    private void showTable(PreviewTable table) {
        previewTable.removeAllColumns();
        for (int i = 0; i < table.columns().size(); i++) {
            int column = i;
            previewTable
                    .addColumn(row -> shortened(row.get(column)))
                    .setHeader(table.columns().get(i))
                    .setTooltipGenerator(row -> row.get(column))
                    .setAutoWidth(true)
                    .setResizable(true)
                    .setKey(table.columns().get(i));
        }
        previewTable.setItems(table.rows());
    }

    static String shortened(String value) {
        return value.length() <= 80 ? value : value.substring(0, 79) + "…";
    }

    /** Starts the export in the background; progress and the result arrive by server push. */
    void writeToFolder() {
        try {
            running = jobs.start(chosen(), options());
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
            return;
        }
        progress.follow(running, UI.getCurrent(), this::finished);
        write.setEnabled(false);
    }

    /** The export being written, or the last one; for tests. */
    ExportJob running() {
        return running;
    }

    private void finished(ExportJob job) {
        write.setEnabled(true);
        switch (job.state()) {
            case DONE -> {
                String message = "Wrote " + job.file() + " (" + size(job.file()) + " bytes).";
                lastWritten.setText(message);
                Notifications.success(message);
            }
            case CANCELLED -> lastWritten.setText(job.describe());
            case FAILED -> {
                lastWritten.setText(job.describe());
                Notifications.error(job.describe());
            }
            case RUNNING -> throw new IllegalStateException("Told of the end of a running export");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    ExportOptions options() {
        return new ExportOptions(
                status.getValue() == null ? ExportOptions.Status.ALL : status.getValue(),
                excelBom.getValue(),
                labels.getValue(),
                reviewer.getValue(),
                null,
                from.getValue(),
                to.getValue(),
                sources.getValue().stream().map(SourceSummary::id).collect(java.util.stream.Collectors.toSet()),
                split.getValue());
    }

    /** The chosen format, zipped with its manifest when asked (a dataset is a zip with one anyway). */
    ExportFormat chosen() {
        return bundle.getValue() ? exports.bundled(format.getValue()) : format.getValue();
    }

    private void updateDownload() {
        ExportFormat chosen = chosen();
        ExportOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException invalid) {
            return; // a half-entered date range; the write button explains it
        }
        download.setHref(event -> {
            event.setFileName(chosen.fileName());
            event.setContentType(chosen.mediaType());
            // Through the service's proxy: its role check and read-only (streaming) transaction apply.
            exports.export(chosen, options, event.getOutputStream());
        });
    }
}
