package org.credence.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.review.AssignmentService;
import org.credence.review.MyAssignment;
import org.credence.security.Role;

/** A reviewer's assigned documents, how far they got, and "done". */
@Route(value = "my-queue", layout = MainLayout.class)
@PageTitle("My queue · Credence")
@Menu(title = "My queue", order = 5, icon = "vaadin:tasks")
@RolesAllowed(Role.REVIEWER_ROLE)
public class MyQueueView extends VerticalLayout {

    private final AssignmentService assignments;
    final Grid<MyAssignment> grid = new Grid<>(MyAssignment.class, false);
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();

    public MyQueueView(AssignmentService assignments) {
        this.assignments = assignments;
        setSizeFull();
        grid.setId("my-queue");
        // Whole titles (they were cut with "…" beside columns with room to spare); rows open the Reader.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("cr-clickable-rows");
        grid.addColumn(MyAssignment::title)
                .setHeader("Document")
                .setFlexGrow(3)
                .setKey("title")
                .setTooltipGenerator(a -> "Open “" + a.title() + "” in the Reader");
        grid.addColumn(MyAssignment::myStatements).setHeader("My statements").setAutoWidth(true);
        grid.addColumn(a -> a.done() ? "Done" : "To do")
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> a.done() ? new Span() : doneButton(a))
                .setHeader("")
                .setKey("done");
        grid.addItemDoubleClickListener(
                e -> UI.getCurrent().navigate("documents/" + e.getItem().documentId()));
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || !"done".equals(e.getColumn().getKey())) {
                UI.getCurrent().navigate("documents/" + e.getItem().documentId());
            }
        });
        grid.setEmptyStateText("No documents are assigned to you yet; an editor assigns them.");
        progressText.setId("my-progress");
        add(new H2("My queue"), progressText, progress, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void markDone(MyAssignment assignment) {
        assignments.markDone(assignment.documentId());
        Notifications.success(
                "Marked done: " + assignment.title() + ". Other reviewers' labels are now visible to you.");
        refresh();
    }

    private Button doneButton(MyAssignment assignment) {
        Button done = new Button("Mark done", e -> markDone(assignment));
        done.setId("done-" + assignment.documentId());
        return done;
    }

    private void refresh() {
        List<MyAssignment> mine = assignments.myQueue();
        grid.setItems(mine);
        long done = mine.stream().filter(MyAssignment::done).count();
        progress.setValue(mine.isEmpty() ? 0 : (double) done / mine.size());
        progressText.setText(done + " of " + mine.size() + " documents done");
    }
}
