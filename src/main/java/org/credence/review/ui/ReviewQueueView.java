package org.credence.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.credence.annotation.Label;
import org.credence.base.ui.Keycap;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.review.ReviewGroup;
import org.credence.review.ReviewQueuePage;
import org.credence.review.ReviewService;
import org.credence.review.UnitContext;
import org.credence.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The editor's queue: every unit awaiting a decision (statements of different reviewers on
 * overlapping spans) with each reviewer's label and span side by side, disagreements of label or of
 * span first. Choosing a label approves the statements that have it and overrides the others, and
 * choosing a span sets where the statement is; rejecting needs a reason.
 */
@Route(value = "review", layout = MainLayout.class)
@PageTitle("Review queue · Credence")
@Menu(title = "Review queue", order = 20, icon = "vaadin:gavel")
@RolesAllowed(Role.EDITOR_ROLE)
public class ReviewQueueView extends VerticalLayout {

    private final ReviewService reviews;
    final Grid<ReviewGroup> queue = new Grid<>(ReviewGroup.class, false);
    final RadioButtonGroup<Label> gold = new RadioButtonGroup<>("Gold label");
    final RadioButtonGroup<ReviewGroup.Entry> goldSpan = new RadioButtonGroup<>("Gold span");
    final AlignedSpans spans = new AlignedSpans();
    final TextArea reason = new TextArea("Reason (required to reject; shown to the reviewers)");
    final Button decide = new Button("Decide");
    final Button reject = new Button("Reject");
    static final int PAGE_SIZE = 100;

    private final Span summary = new Span();
    final Button previousPage = new Button("Previous");
    final Button nextPage = new Button("Next");
    private final Span pageInfo = new Span();
    private final HorizontalLayout pager = new HorizontalLayout();
    private int page;
    private final Paragraph quote = new Paragraph();
    private final Anchor openInReader = new Anchor();
    private final VerticalLayout decisionPanel;
    private final Paragraph noUnitChosen = new Paragraph(
            "Choose a unit in the list: each reviewer's selection and label appear here, with the gold label to"
                    + " decide (1, 2 or 3, then Enter).");

    public ReviewQueueView(ReviewService reviews) {
        this.reviews = reviews;
        setSizeFull();
        summary.setId("review-summary");
        queue.setId("review-queue");
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        queue.addColumn(ReviewQueueView::state)
                .setHeader("Why")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // The document under the statement, small: beside it, one title repeated row after row took a column.
        queue.addComponentColumn(ReviewQueueView::statement)
                .setHeader("Statement · document")
                .setFlexGrow(3)
                .setKey("statement");
        queue.addComponentColumn(ReviewQueueView::labels)
                .setHeader("Reviewers' labels")
                .setFlexGrow(2)
                .setKey("labels");
        queue.setEmptyStateText("Nothing awaits a decision.");
        queue.setMinHeight("12rem");
        queue.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        gold.setId("decision-label");
        gold.setItems(Label.values());
        gold.setItemLabelGenerator(Label::title);
        reason.setId("decision-reason");
        reason.setWidthFull();
        decide.setId("decision-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClickListener(e -> decide(false));
        reject.setId("decision-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(true));
        quote.setId("decision-quote");
        quote.addClassName("cr-quote");
        openInReader.setText("Open in the Reader");
        goldSpan.setId("decision-span");
        goldSpan.setItemLabelGenerator(e -> e.author() + "'s: “" + e.quote() + "”");
        goldSpan.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        gold.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                label -> new Span(new Span(label.title()), Keycap.of(String.valueOf(label.shortcut())))));
        decide.setSuffixComponent(Keycap.of("Enter"));
        Span keys = new Span("Keys: 1, 2 or 3 chooses the gold label; Enter decides.");
        keys.addClassName("cr-meta");
        HorizontalLayout actions = new HorizontalLayout(decide, reject);
        actions.addClassName("cr-sticky-actions"); // Decide stays in sight however long the unit is
        decisionPanel = new VerticalLayout(quote, spans, openInReader, gold, goldSpan, reason, actions, keys);
        decisionPanel.setPadding(false);
        decisionPanel.setVisible(false);
        noUnitChosen.setId("decision-none");
        noUnitChosen.addClassName("cr-meta");

        previousPage.setId("review-previous");
        previousPage.addClickListener(e -> {
            page--;
            refresh();
        });
        nextPage.setId("review-next");
        nextPage.addClickListener(e -> {
            page++;
            refresh();
        });
        pageInfo.setId("review-page");
        pageInfo.addClassName("cr-meta");
        pager.add(previousPage, pageInfo, nextPage);
        pager.setAlignItems(Alignment.CENTER);
        // The list and the chosen unit side by side (under each other below 1100 px, credence.css): on a
        // 720-pixel screen the unit's Decide button was below the fold under the list.
        VerticalLayout list = new VerticalLayout(queue, pager);
        list.setPadding(false);
        list.setFlexGrow(1, queue);
        list.addClassName("cr-master");
        VerticalLayout unit = new VerticalLayout(noUnitChosen, decisionPanel);
        unit.setPadding(false);
        unit.setId("decision-panel");
        unit.setWidth(null); // its width comes from credence.css (a share of the page, bounded)
        unit.addClassName("cr-detail");
        HorizontalLayout split = new HorizontalLayout(list, unit);
        split.addClassName("cr-master-detail");
        split.setWidthFull();
        split.setFlexGrow(1, list);
        add(new H2("Review queue"), summary, split);
        setFlexGrow(1, split);
        refresh();
    }

    private void show(ReviewGroup group) {
        decisionPanel.setVisible(group != null);
        noUnitChosen.setVisible(group == null);
        if (group == null) {
            return;
        }
        quote.setText(group.quote());
        UnitContext context = reviews.context(group);
        spans.show(group, context.details());
        // The sentence around the unit, when it says more than the unit's own text.
        quote.setText(context.sentence().isBlank() ? group.quote() : context.sentence());
        openInReader.setHref("documents/" + group.documentId());
        gold.setValue(group.majority());
        // One choice per distinct span; shown only when the reviewers' boundaries differ.
        java.util.Map<org.credence.review.GoldSpan, ReviewGroup.Entry> distinct = new java.util.LinkedHashMap<>();
        group.entries().forEach(e -> distinct.putIfAbsent(e.span(), e));
        goldSpan.setItems(distinct.values());
        goldSpan.setValue(distinct.get(group.majoritySpan()));
        goldSpan.setVisible(group.boundaryDisagreement());
        quote.setVisible(!quote.getText().equals(group.quote()));
        reason.clear();
    }

    void decide(boolean rejecting) {
        ReviewGroup group = queue.asSingleSelect().getValue();
        if (group == null) {
            return;
        }
        try {
            org.credence.review.GoldSpan span = goldSpan.isVisible() && goldSpan.getValue() != null
                    ? goldSpan.getValue().span()
                    : null;
            reviews.decideGroup(group, gold.getValue(), span, rejecting, reason.getValue());
            Notifications.success(
                    rejecting ? "Rejected." : "Decided: " + gold.getValue().title() + ".");
            refresh();
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(e.getMessage());
            refresh();
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** The statement's text, and under it, small, the document it is in. */
    static com.vaadin.flow.component.Component statement(ReviewGroup group) {
        Span document = new Span(group.documentTitle());
        document.addClassName("cr-meta");
        com.vaadin.flow.component.html.Div cell =
                new com.vaadin.flow.component.html.Div(new Span(group.quote()), document);
        cell.addClassName("cr-statement-cell");
        return cell;
    }

    /** Each reviewer's name and label, the label coloured as in the Reader. */
    static com.vaadin.flow.component.Component labels(ReviewGroup group) {
        com.vaadin.flow.component.html.Div labels = new com.vaadin.flow.component.html.Div();
        labels.addClassName("cr-review-labels");
        for (ReviewGroup.Entry entry : group.entries()) {
            labels.add(new Span(new Span(entry.author() + " "), AlignedSpans.badge(entry.label())));
        }
        return labels;
    }

    /**
     * 1, 2 or 3 chooses the gold label and Enter decides, unless the editor is typing (the reason) or on
     * a button (which Enter presses anyway). Listened for on the page, so it works wherever focus is.
     */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const view = this;
                const typing = t => t && (t.tagName === 'TEXTAREA' || t.isContentEditable
                    || (t.tagName === 'INPUT' && !['radio', 'checkbox', 'button'].includes(t.type)));
                view.__crDecisionKeys = e => {
                  if (e.ctrlKey || e.metaKey || e.altKey || !['1', '2', '3', 'Enter'].includes(e.key)) return;
                  const path = e.composedPath();
                  if (typing(path[0]) || (e.key === 'Enter' && path.some(n => n.tagName === 'VAADIN-BUTTON'))) return;
                  if (e.key === 'Enter') e.preventDefault();
                  view.$server.decisionKey(e.key);
                };
                document.addEventListener('keydown', view.__crDecisionKeys);""");
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        getElement().executeJs("document.removeEventListener('keydown', this.__crDecisionKeys)");
        super.onDetach(detachEvent);
    }

    /** A decision key from the browser; ignored while no unit is open. */
    @com.vaadin.flow.component.ClientCallable
    void decisionKey(String key) {
        if (!decisionPanel.isVisible() || queue.asSingleSelect().isEmpty()) {
            return;
        }
        if (key.equals("Enter")) {
            decide(false);
        } else {
            java.util.Arrays.stream(Label.values())
                    .filter(l -> l.shortcut().equals(key))
                    .findFirst()
                    .ifPresent(gold::setValue);
        }
    }

    /** "Labels differ", "Spans differ", both, or "Agreed". */
    static String state(ReviewGroup group) {
        if (group.entries().size() < 2) {
            return "One reviewer";
        }
        if (group.disagreement()) {
            return group.boundaryDisagreement() ? "Labels and spans differ" : "Labels differ";
        }
        return group.boundaryDisagreement() ? "Spans differ" : "Agreed";
    }

    private void refresh() {
        ReviewQueuePage current = reviews.queue(page, PAGE_SIZE);
        if (current.groups().isEmpty() && page > 0) { // the last page was decided: step back
            page = (int) Math.max(0, (current.total() - 1) / PAGE_SIZE);
            current = reviews.queue(page, PAGE_SIZE);
        }
        queue.setItems(current.groups());
        summary.setText(current.total() + " awaiting a decision, " + current.disagreements()
                + " where reviewers' labels or spans differ.");
        long first = (long) page * PAGE_SIZE;
        pageInfo.setText(
                current.total() == 0
                        ? ""
                        : (first + 1) + "–" + (first + current.groups().size()) + " of " + current.total());
        previousPage.setEnabled(page > 0);
        nextPage.setEnabled(current.hasNext());
        pager.setVisible(current.total() > PAGE_SIZE);
        decisionPanel.setVisible(false);
    }
}
