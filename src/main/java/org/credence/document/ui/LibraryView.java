package org.credence.document.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.document.BatchImportService;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.document.ImportBatch;
import org.credence.document.ImportInput;
import org.credence.document.ImportOptions;
import org.credence.document.ImportProperties;
import org.credence.document.UploadFolder;
import org.credence.security.CurrentUser;

/**
 * The corpus: every document, and the upload that adds more — single files, many at once, or zip
 * archives, imported in the background with progress.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@PageTitle("Library · Credence")
@Menu(title = "Library", order = 0, icon = "vaadin:records")
public class LibraryView extends VerticalLayout {

    /** The Reader's route; named here as a path so the document feature does not depend on annotation. */
    static final String READER_ROUTE = "documents/";

    private final DocumentService documents;
    private final BatchImportService batches;
    private final CurrentUser currentUser;
    private final Grid<DocumentSummary> grid = new Grid<>(DocumentSummary.class, false);
    private final Paragraph emptyState = new Paragraph();
    private final VerticalLayout imports = new VerticalLayout();
    private final Checkbox mainContentOnly =
            new Checkbox("Web pages: keep only the main content (drop menus, adverts, footers)");
    /** Files whose upload has finished, waiting for the rest of the same drop. */
    private final Queue<ImportInput> uploaded = new ConcurrentLinkedQueue<>();

    final Upload upload;
    final FirstRunGuide guide;
    final com.vaadin.flow.component.button.Button showGuide =
            new com.vaadin.flow.component.button.Button("Getting started");
    final com.vaadin.flow.component.button.Button addLink;
    private UI ui;

    public LibraryView(
            DocumentService documents,
            BatchImportService batches,
            ImportProperties importProperties,
            CurrentUser currentUser,
            UploadFolder uploadFolder,
            org.credence.document.UrlImportService urls) {
        this.documents = documents;
        this.batches = batches;
        this.currentUser = currentUser;
        setSizeFull();

        // In this process's upload folder, so a crash mid-upload leaves nothing a restart does not remove.
        upload = new Upload(UploadHandler.toFile(
                (metadata, file) -> uploaded.add(new ImportInput(metadata.fileName(), file.toPath())),
                metadata -> uploadFolder.newFile().toFile()));
        upload.setId("upload");
        // Zip archives may exceed the per-file limit; the import checks every file inside them against it.
        upload.setMaxFileSize((int) Math.min(
                Integer.MAX_VALUE,
                Math.max(
                        importProperties.maxFileSize().toBytes(),
                        importProperties.maxArchiveSize().toBytes())));
        upload.setDropLabel(
                new Span("Drop files or .zip archives here: txt, html, pdf, docx, doc, odt, rtf, epub, eml …"));
        upload.addFileRejectedListener(
                e -> Notifications.error(e.getFileName() + " was not imported: " + e.getErrorMessage()));
        upload.addAllFinishedListener(e -> importUploaded());
        mainContentOnly.setId("main-content-only");
        // Researchers read and export; the people who import are the review team, its editors and admins.
        boolean canImport = documents.mayImport();
        upload.setVisible(canImport);
        mainContentOnly.setVisible(canImport);
        addLink = new com.vaadin.flow.component.button.Button(
                "Add from a link…",
                com.vaadin.flow.component.icon.VaadinIcon.LINK.create(),
                e -> new AddLinkDialog(urls, currentUser.name(), this::refresh).open());
        addLink.setId("add-link");
        addLink.setVisible(canImport);
        com.vaadin.flow.component.orderedlayout.HorizontalLayout importOptions =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(mainContentOnly, addLink);
        importOptions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        imports.setId("imports");
        imports.setPadding(false);
        configureGrid();
        emptyState.setId("library-empty");
        // Said to the person reading it: only those who may import are told how.
        emptyState.setText(
                canImport
                        ? "No documents in this project yet. Upload files or add a page from a link above."
                        : "No documents in this project yet. Its editors bring them in; the header's switcher shows"
                                + " your other projects.");
        guide = new FirstRunGuide(currentUser);
        showGuide.setId("first-run-guide-show");
        showGuide.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        showGuide.setVisible(false);
        showGuide.addClickListener(e -> {
            guide.reopen();
            showGuide.setVisible(false);
        });
        guide.onDismissed(() -> showGuide.setVisible(true));
        com.vaadin.flow.component.orderedlayout.HorizontalLayout heading =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(new H2("Library"), showGuide);
        heading.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(heading, guide, upload, importOptions, imports, emptyState, grid);
        // Only the grid gives way on a short screen: the upload box was squeezed until its button was cut.
        java.util.List.of(heading, guide, upload, importOptions, imports, emptyState)
                .forEach(c -> c.getElement().getStyle().set("flex-shrink", "0"));
        refresh();
    }

    private void configureGrid() {
        grid.setId("documents");
        // Whole titles: they wrap instead of being cut, and rows show they open the Reader (cr-clickable-rows).
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("cr-clickable-rows");
        grid.addColumn(DocumentSummary::displayTitle)
                .setHeader("Title")
                .setFlexGrow(4)
                .setKey("title")
                .setTooltipGenerator(d -> "Open “" + d.title() + "” in the Reader");
        grid.addColumn(DocumentSummary::source)
                .setHeader("Source")
                .setFlexGrow(2)
                .setKey("source");
        grid.addColumn(d -> d.publishedDate() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(d.publishedDate()))
                .setHeader("Published")
                .setAutoWidth(true)
                .setKey("published");
        grid.addColumn(DocumentSummary::charCount)
                .setHeader("Characters")
                .setAutoWidth(true)
                .setKey("chars");
        grid.addColumn(d -> d.statements().describe())
                .setHeader("Statements")
                .setTooltipGenerator(d -> d.statementCount() == 0
                        ? "No statements yet"
                        : d.statementCount() + " statements you can see; "
                                + d.statements().mine() + " of them yours; "
                                + d.statements().decided() + " decided by an editor")
                .setAutoWidth(true)
                .setKey("statements");
        grid.setItems(query -> documents.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    void open(DocumentSummary document) {
        UI.getCurrent().navigate(READER_ROUTE + document.id());
    }

    /** Every file of one drop has arrived: import them together as one batch with one summary. */
    void importUploaded() {
        List<ImportInput> inputs = new ArrayList<>();
        for (ImportInput input = uploaded.poll(); input != null; input = uploaded.poll()) {
            inputs.add(input);
        }
        upload.clearFileList();
        if (inputs.isEmpty()) {
            return;
        }
        ImportBatch batch =
                batches.start(inputs, currentUser.name(), new ImportOptions(mainContentOnly.getValue()), true);
        show(batch);
    }

    private void show(ImportBatch batch) {
        ImportProgressPanel panel = new ImportProgressPanel(batch, this::refresh);
        imports.addComponentAsFirst(panel);
        if (ui != null) {
            panel.follow(ui);
        }
    }

    private void refresh() {
        boolean empty = documents.count() == 0;
        emptyState.setVisible(empty);
        grid.setVisible(!empty);
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        // Batches keep running when their uploader navigates away; coming back shows them again.
        List<ImportBatch> shown = imports.getChildren()
                .filter(ImportProgressPanel.class::isInstance)
                .map(c -> ((ImportProgressPanel) c).batch())
                .toList();
        for (ImportBatch batch : batches.recentBatches(currentUser.name())) {
            if (!batch.progress().finished() && !shown.contains(batch)) {
                imports.add(new ImportProgressPanel(batch, this::refresh));
            }
        }
        imports.getChildren()
                .filter(ImportProgressPanel.class::isInstance)
                .forEach(c -> ((ImportProgressPanel) c).follow(ui));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        imports.getChildren()
                .filter(ImportProgressPanel.class::isInstance)
                .forEach(c -> ((ImportProgressPanel) c).stopFollowing());
        ui = null;
    }
}
