package org.credence.annotation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.credence.annotation.StatementView;

/** The side panel: a document's statements in text order. */
class StatementList extends Composite<VerticalLayout> {

    private final Grid<StatementView> grid = new Grid<>(StatementView.class, false);
    private final Span summary = new Span();

    StatementList(SerializableConsumer<StatementView> onSelect, SerializableConsumer<StatementView> onDelete) {
        summary.setId("statement-summary");
        grid.setId("statements");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(LabelBadge::new)).setHeader("Label").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatementView::quote).setHeader("Statement").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(s -> deleteButton(s, onDelete))).setKey("delete").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(e -> onSelect.accept(e.getItem()));
        grid.setEmptyStateText("No statements yet: select text and press 1, 2 or 3.");
        grid.setSizeFull();
        getContent().setPadding(false);
        getContent().setSizeFull();
        getContent().add(summary, grid);
    }

    void setStatements(List<StatementView> statements) {
        grid.setItems(statements);
        summary.setText(statements.size() + (statements.size() == 1 ? " statement" : " statements"));
    }

    private static Button deleteButton(StatementView statement, SerializableConsumer<StatementView> onDelete) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> onDelete.accept(statement));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete statement");
        delete.setTooltipText("Delete statement");
        delete.setId("delete-statement-" + statement.id());
        return delete;
    }
}
