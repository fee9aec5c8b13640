package org.credence.annotation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementView;

/**
 * The side panel: the document's statements in text order, counts per label, and filters. Filters
 * narrow the list (and j/k), never the highlights in the text, so a new statement always shows.
 */
class StatementPanel extends Composite<VerticalLayout> {

    final Select<Label> labelFilter = new Select<>();
    final Select<Presentation> presentationFilter = new Select<>();
    final ComboBox<String> authorFilter = new ComboBox<>();
    final Checkbox rationaleFilter = new Checkbox("Has rationale");
    private final Grid<StatementView> grid = new Grid<>(StatementView.class, false);
    private final Div counts = new Div();
    private List<StatementView> all = List.of();
    private List<StatementView> visible = List.of();

    /** Editors' decisions by statement id, as {@link org.credence.annotation.ReviewStatus} words them. */
    private Map<Long, String> decisions = Map.of();

    StatementPanel(
            SerializableConsumer<StatementView> onSelect,
            SerializableConsumer<StatementView> onOpen,
            SerializableConsumer<StatementView> onDelete) {
        this(onSelect, onOpen, onDelete, false);
    }

    /**
     * @param forDeciders also show each statement's author and the editor's decision: for editors,
     *     researchers and administrators, who read what reviewers did rather than label
     */
    StatementPanel(
            SerializableConsumer<StatementView> onSelect,
            SerializableConsumer<StatementView> onOpen,
            SerializableConsumer<StatementView> onDelete,
            boolean forDeciders) {
        counts.setId("statement-counts");
        counts.addClassName("cr-counts");
        configureFilters();
        grid.setId("statements");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A template renderer, not server components: thousands of rows stay cheap to show and refresh.
        grid.addColumn(LitRenderer.<StatementView>of("<span class='cr-badge cr-${item.code}'>${item.title}</span>")
                        .withProperty("code", s -> s.label().code())
                        .withProperty("title", s -> s.label().title()))
                .setHeader("Label")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("label");
        grid.addColumn(StatementView::quote)
                .setHeader("Statement")
                .setFlexGrow(1)
                .setKey("quote");
        if (forDeciders) {
            grid.addColumn(StatementView::author)
                    .setHeader("Author")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey("author");
            // The verdict in the narrow column; the editor's reason in full on hover.
            grid.addColumn(st -> verdict(decisions.getOrDefault(st.id(), "Awaiting a decision")))
                    .setTooltipGenerator(st -> decisions.getOrDefault(st.id(), "Awaiting a decision"))
                    .setHeader("Decision")
                    .setFlexGrow(1)
                    .setKey("decision");
            grid.setEmptyStateText("No statements yet: reviewers label this document.");
        }
        grid.addItemClickListener(e -> onSelect.accept(e.getItem()));
        grid.addItemDoubleClickListener(e -> onOpen.accept(e.getItem()));
        if (!forDeciders) {
            grid.setEmptyStateText("No statements yet: select text and press 1, 2 or 3.");
        }
        grid.setSizeFull();

        Button open = iconButton(
                VaadinIcon.EDIT,
                "Open the selected statement's details (Enter)",
                "open-selected",
                () -> selected().ifPresent(onOpen));
        Button delete = iconButton(
                VaadinIcon.TRASH,
                "Delete the selected statement",
                "delete-selected",
                () -> selected().ifPresent(onDelete));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        grid.addSelectionListener(e -> {
            open.setEnabled(e.getFirstSelectedItem().isPresent());
            delete.setEnabled(e.getFirstSelectedItem().isPresent());
        });
        open.setEnabled(false);
        delete.setEnabled(false);
        HorizontalLayout filters =
                new HorizontalLayout(labelFilter, presentationFilter, authorFilter, rationaleFilter, open, delete);
        filters.setWrap(true);
        filters.setSpacing(false);
        filters.addClassName("cr-filters");
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        getContent().setPadding(false);
        getContent().setSizeFull();
        getContent().add(counts, filters, grid);
    }

    private void configureFilters() {
        // One compact row without field captions: with them the filters took 200 px of a 720-pixel screen
        // and left the statement list a row and a half. Each says what it filters while unset, and on hover.
        anyOrOne(labelFilter, "filter-label", "Label", "Any label", Label.values(), Label::title);
        anyOrOne(
                presentationFilter,
                "filter-presentation",
                "Presented as",
                "Any presentation",
                Presentation.values(),
                Presentation::title);
        authorFilter.setId("filter-author");
        authorFilter.setAriaLabel("Author");
        authorFilter.setTooltipText("Author");
        authorFilter.setClearButtonVisible(true);
        authorFilter.setPlaceholder("Any author");
        authorFilter.addThemeVariants(com.vaadin.flow.component.combobox.ComboBoxVariant.LUMO_SMALL);
        rationaleFilter.setId("filter-rationale");
        labelFilter.setWidth("8rem");
        presentationFilter.setWidth("11rem");
        authorFilter.setWidth("8.5rem");
        labelFilter.addValueChangeListener(e -> applyFilters());
        presentationFilter.addValueChangeListener(e -> applyFilters());
        authorFilter.addValueChangeListener(e -> applyFilters());
        rationaleFilter.addValueChangeListener(e -> applyFilters());
    }

    /** A filter that is either "Any" (empty) or one of {@code values}. */
    private static <T> void anyOrOne(
            Select<T> filter,
            String id,
            String caption,
            String any,
            T[] values,
            SerializableFunction<T, String> title) {
        filter.setId(id);
        filter.setAriaLabel(caption);
        filter.setTooltipText(caption);
        filter.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        filter.setItems(values);
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(any);
        filter.setItemLabelGenerator(v -> v == null ? any : title.apply(v));
    }

    /** The editors' decisions on the statements, for the Decision column (absent: awaiting one). */
    void setDecisions(Map<Long, String> decisions) {
        this.decisions = Map.copyOf(decisions);
        grid.getDataProvider().refreshAll();
    }

    void setStatements(List<StatementView> statements) {
        all = List.copyOf(statements);
        String author = authorFilter.getValue();
        authorFilter.setItems(
                new TreeSet<>(all.stream().map(StatementView::author).toList()));
        if (author != null && all.stream().anyMatch(s -> s.author().equals(author))) {
            authorFilter.setValue(author);
        }
        applyFilters();
    }

    /** The statements the filters let through, in text order. */
    List<StatementView> visible() {
        return visible;
    }

    void select(StatementView statement) {
        grid.select(statement);
        int index = visible.indexOf(statement);
        if (index >= 0) {
            grid.scrollToIndex(index);
        }
    }

    Optional<StatementView> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void applyFilters() {
        Label label = labelFilter.getValue();
        Presentation presentation = presentationFilter.getValue();
        String author = authorFilter.getValue();
        boolean needsRationale = rationaleFilter.getValue();
        visible = all.stream()
                .filter(s -> label == null || s.label() == label)
                .filter(s -> presentation == null || s.presentation() == presentation)
                .filter(s -> author == null || author.equals(s.author()))
                .filter(s -> !needsRationale || s.details().hasRationale())
                .toList();
        grid.setItems(visible);
        showCounts();
    }

    private void showCounts() {
        Map<Label, Integer> perLabel = new EnumMap<>(Label.class);
        all.forEach(s -> perLabel.merge(s.label(), 1, Integer::sum));
        counts.removeAll();
        Span total = new Span(all.size()
                + (all.size() == 1 ? " statement" : " statements")
                + (visible.size() == all.size() ? "" : " · " + visible.size() + " shown"));
        total.setId("statement-total");
        counts.add(total);
        for (Label label : Label.values()) {
            LabelBadge badge = new LabelBadge(label);
            badge.setText(label.title() + " " + perLabel.getOrDefault(label, 0));
            badge.setId("count-" + label.code());
            counts.add(badge);
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setId(id);
        return button;
    }

    /** Merges a changed statement into the list, keeping text order. */
    static List<StatementView> merged(List<StatementView> statements, StatementView changed) {
        List<StatementView> result = new ArrayList<>(statements.size() + 1);
        boolean placed = false;
        for (StatementView s : statements) {
            if (Objects.equals(s.id(), changed.id())) {
                continue;
            }
            if (!placed && inTextOrder(changed, s)) {
                result.add(changed);
                placed = true;
            }
            result.add(s);
        }
        if (!placed) {
            result.add(changed);
        }
        return result;
    }

    private static boolean inTextOrder(StatementView a, StatementView b) {
        if (a.start() != b.start()) {
            return a.start() < b.start();
        }
        if (a.end() != b.end()) {
            return a.end() < b.end();
        }
        return a.id() < b.id();
    }

    /** "Approved as Disputed by editor: Only one outlet." → "Approved as Disputed by editor". */
    static String verdict(String description) {
        int reason = description.indexOf(": ");
        return reason < 0 ? description : description.substring(0, reason);
    }
}
