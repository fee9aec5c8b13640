package org.credence.document.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.document.ImportOutcome;
import org.credence.document.ImportProperties;
import jakarta.annotation.security.PermitAll;
import org.credence.security.CurrentUser;
import org.credence.security.Role;

/** The corpus: every document, and the upload that adds more. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@PageTitle("Library · Credence")
@Menu(title = "Library", order = 0, icon = "vaadin:records")
public class LibraryView extends VerticalLayout {

    /** The Reader's route; named here as a path so the document feature does not depend on annotation. */
    static final String READER_ROUTE = "documents/";

    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Grid<DocumentSummary> grid = new Grid<>(DocumentSummary.class, false);
    private final Paragraph emptyState = new Paragraph(
            "No documents yet. Upload files above, or put them in the seeds/ folder and restart.");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final AtomicInteger pendingImports = new AtomicInteger();
    final Upload upload;
    private UI ui;

    public LibraryView(DocumentService documents, ImportProperties importProperties, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
        setSizeFull();

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> startImport(metadata.fileName(), bytes)));
        upload.setId("upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importProperties.maxFileSize().toBytes()));
        upload.setMaxFiles(100);
        upload.setDropLabel(new Span("Drop txt, html, pdf, docx, odt, rtf, eml … files here"));
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + " was not imported: " + e.getErrorMessage()));
        // Researchers read and export; the people who import are the review team, its editors and admins.
        upload.setVisible(currentUser.has(Role.REVIEWER) || currentUser.has(Role.EDITOR) || currentUser.has(Role.ADMIN));

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progressText.setId("import-progress");

        configureGrid();
        emptyState.setId("library-empty");
        add(new H2("Library"), upload, progressText, progress, emptyState, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("documents");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DocumentSummary::title).setHeader("Title").setFlexGrow(4).setKey("title");
        grid.addColumn(DocumentSummary::source).setHeader("Source").setFlexGrow(2).setKey("source");
        grid.addColumn(d -> d.publishedDate() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(d.publishedDate()))
                .setHeader("Published").setAutoWidth(true).setKey("published");
        grid.addColumn(DocumentSummary::charCount).setHeader("Characters").setAutoWidth(true).setKey("chars");
        grid.addColumn(DocumentSummary::statementCount).setHeader("Statements").setAutoWidth(true).setKey("statements");
        grid.setItems(query -> documents.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    void open(DocumentSummary document) {
        UI.getCurrent().navigate(READER_ROUTE + document.id());
    }

    /** Runs on the upload's request thread: hand the bytes to the import pool and return at once. */
    private void startImport(String fileName, byte[] bytes) {
        UI target = ui;
        int pending = pendingImports.incrementAndGet();
        if (target != null) {
            target.access(() -> showProgress(pending));
        }
        documents.importInBackground(fileName, bytes, currentUser.name()).whenComplete((outcome, failure) -> {
            int left = pendingImports.decrementAndGet();
            if (target == null || !target.isAttached()) {
                return; // the import itself is done; nobody is looking at this screen any more
            }
            target.access(() -> {
                showProgress(left);
                if (failure != null) {
                    Notifications.error(fileName + " was not imported: " + failure.getMessage());
                } else {
                    report(outcome);
                }
            });
        });
    }

    void report(ImportOutcome outcome) {
        switch (outcome.status()) {
            case CREATED -> Notifications.success("Imported " + outcome.fileName() + ".");
            case DUPLICATE -> Notifications.info(outcome.fileName() + " was imported before; nothing was added.");
            case FAILED -> Notifications.error(outcome.fileName() + " was not imported: " + outcome.message());
        }
        refresh();
    }

    private void showProgress(int pending) {
        progress.setVisible(pending > 0);
        progressText.setText(pending > 0 ? "Importing " + pending + (pending == 1 ? " file…" : " files…") : "");
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
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        ui = null;
    }
}
