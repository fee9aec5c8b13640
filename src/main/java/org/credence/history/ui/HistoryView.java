package org.credence.history.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.credence.base.ui.MainLayout;
import org.credence.history.HistoryEntry;
import org.credence.history.HistoryService;

/** The trail of one statement or one document: who did what, when, before and after. */
@Route(value = "history/:subject(statement|document)/:id", layout = MainLayout.class)
@PageTitle("History · Credence")
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final HistoryService history;
    private final H2 title = new H2();
    final Grid<HistoryEntry> grid = new Grid<>(HistoryEntry.class, false);

    public HistoryView(HistoryService history) {
        this.history = history;
        setSizeFull();
        grid.setId("history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> WHEN.format(e.occurredAt()) + " UTC")
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::action)
                .setHeader("What")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("action");
        grid.addColumn(e -> e.subjectType() + " " + e.subjectId())
                .setHeader("Subject")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.before() == null ? "—" : e.before())
                .setHeader("Before")
                .setFlexGrow(1);
        grid.addColumn(e -> e.after() == null ? "—" : e.after())
                .setHeader("After")
                .setFlexGrow(1);
        grid.setEmptyStateText("Nothing has happened here yet.");
        add(title, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String subject = event.getRouteParameters().get("subject").orElse("statement");
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        List<HistoryEntry> entries = subject.equals("document") ? history.forDocument(id) : history.forStatement(id);
        title.setText("History of " + subject + " " + id);
        grid.setItems(entries);
    }
}
