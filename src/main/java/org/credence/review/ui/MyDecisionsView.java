package org.credence.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.credence.base.ui.MainLayout;
import org.credence.review.Overruled;
import org.credence.review.ReviewService;
import org.credence.security.Role;

/**
 * A reviewer's feedback: every statement of theirs an editor overrode or rejected, with the editor's
 * label and reason, latest first; choosing one opens it in the Reader.
 */
@Route(value = "my-decisions", layout = MainLayout.class)
@PageTitle("Editors' decisions on my labels · Credence")
@Menu(title = "Decisions on my labels", order = 6, icon = "vaadin:comment-o")
@RolesAllowed(Role.REVIEWER_ROLE)
public class MyDecisionsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    final Grid<Overruled> grid = new Grid<>(Overruled.class, false);
    final Span summary = new Span();

    public MyDecisionsView(ReviewService reviews) {
        setSizeFull();
        List<Overruled> overruled = reviews.myOverruled();
        summary.setId("my-decisions-summary");
        summary.setText(
                overruled.isEmpty()
                        ? "No editor has overridden or rejected any of your labels."
                        : overruled.size() + (overruled.size() == 1 ? " of your labels was" : " of your labels were")
                                + " overridden or rejected. The reasons say why; choose one to read it in context.");
        grid.setId("my-decisions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Overruled::documentTitle).setHeader("Document").setFlexGrow(2);
        grid.addColumn(Overruled::quote).setHeader("Statement").setFlexGrow(3);
        grid.addComponentColumn(o -> AlignedSpans.badge(o.myLabel()))
                .setHeader("My label")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(MyDecisionsView::decision)
                .setHeader("Editor's decision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> o.reason() == null ? "" : o.reason())
                .setHeader("Reason")
                .setFlexGrow(3);
        grid.addColumn(o -> o.decidedBy() + ", " + WHEN.format(o.decidedAt()) + " UTC")
                .setHeader("By")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(
                "Nothing here yet: when an editor overrides or rejects one of your labels, it is listed with the reason.");
        grid.setItems(overruled);
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate("documents/" + e.getItem().documentId()));
        add(new H2("Decisions on my labels"), summary, grid);
        setFlexGrow(1, grid);
    }

    private static com.vaadin.flow.component.Component decision(Overruled overruled) {
        return overruled.goldLabel() == null
                ? new Span("Rejected")
                : new Span(new Span("Overridden: "), AlignedSpans.badge(overruled.goldLabel()));
    }
}
