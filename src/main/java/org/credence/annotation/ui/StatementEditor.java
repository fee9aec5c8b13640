package org.credence.annotation.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.credence.annotation.Credibility;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.ReviewStatus;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.base.ui.Notifications;

/**
 * The details of the statements at one place: verdict, how the text presents it, rationale,
 * attribution, tags and evidence. Several statements on one span get a tab each. Only the author
 * may edit; others see the details read-only.
 */
class StatementEditor extends Dialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** What the Reader does with the editor's requests. */
    interface Actions {
        void save(StatementView original, StatementDetails changed);

        void delete(StatementView statement);

        /** Shows the project's labelling guidelines beside the dialog. */
        void showGuidelines();
    }

    final RadioButtonGroup<Label> label = new RadioButtonGroup<>("Verdict");
    final Select<Presentation> presentation = new Select<>();
    final TextArea rationale = new TextArea("Rationale");
    final TextField attributionSource = new TextField("Attributed to");
    final TextField attributionCue = new TextField("Attribution cue");
    final TextField tags = new TextField("Tags");
    final TextField evidenceUrl = new TextField("Evidence URL");
    final IntegerField evidenceStatement = new IntegerField("Evidence statement #");
    final com.vaadin.flow.component.select.Select<Credibility> credibility =
            new com.vaadin.flow.component.select.Select<>();
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Button guidelines = new Button("Guidelines");
    private final Paragraph quote = new Paragraph();
    private final Span meta = new Span();
    private final Span decision = new Span();
    private final Anchor history = new Anchor();
    private final Anchor discussion = new Anchor();
    private final Anchor sameClaim = new Anchor();
    private final Tabs tabs = new Tabs();
    private final Actions actions;
    private final String currentUser;
    private List<StatementView> statements = List.of();
    private StatementView shown;

    private final ReviewStatus reviewStatus;

    StatementEditor(String currentUser, ReviewStatus reviewStatus, Actions actions) {
        this.currentUser = currentUser;
        this.reviewStatus = reviewStatus;
        this.actions = actions;
        setId("statement-editor");
        setHeaderTitle("Statement");
        // Every statement dialog links to the rules its label must follow (issue #16).
        guidelines.setId("statement-guidelines");
        guidelines.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        guidelines.setTooltipText("The project's labelling guidelines");
        guidelines.addClickListener(e -> actions.showGuidelines());
        getHeader().add(guidelines);
        // Docked at the right, over the statement list and not over the text: the statement's line stays
        // in view while its details are edited (a centred dialog covered the very passage it is about).
        addClassName("cr-statement-editor");
        setWidth("min(32rem, 100vw)");
        setTop("4rem");
        setLeft("calc(100vw - min(33rem, 100vw))");
        setMaxHeight("calc(100vh - 5rem)");

        label.setItems(Label.values());
        label.setItemLabelGenerator(l -> l.title() + " (" + l.shortcut() + ")");
        label.setId("edit-label");
        presentation.setLabel("How the text presents it");
        presentation.setItems(Presentation.values());
        presentation.setItemLabelGenerator(p -> p == null ? "Not said" : p.title());
        presentation.setEmptySelectionAllowed(true);
        presentation.setEmptySelectionCaption("Not said");
        presentation.setId("edit-presentation");
        rationale.setId("edit-rationale");
        rationale.setMaxLength(10_000);
        rationale.setHelperText("Why this verdict: sources checked, what contradicts it");
        attributionSource.setId("edit-attribution");
        attributionSource.setPlaceholder("e.g. CSIS, The Wall Street Journal");
        attributionCue.setId("edit-cue");
        attributionCue.setPlaceholder("e.g. according to, said, reports");
        tags.setId("edit-tags");
        tags.setHelperText("Comma-separated");
        evidenceUrl.setId("edit-evidence-url");
        evidenceUrl.setPlaceholder("https://…");
        evidenceStatement.setId("edit-evidence-statement");
        credibility.setId("edit-credibility");
        credibility.setLabel("Information credibility (Admiralty)");
        credibility.setItems(Credibility.values());
        credibility.setEmptySelectionAllowed(true);
        credibility.setItemLabelGenerator(StatementEditor::credibilityTitle);
        quote.setId("edit-quote");
        quote.addClassName("cr-quote");
        meta.setId("edit-meta");
        meta.addClassName("cr-meta");
        decision.setId("edit-decision");
        decision.addClassName("cr-decision");
        history.setId("edit-history");
        history.setText("History");
        discussion.setId("edit-discussion");
        discussion.setText("Discussion");
        sameClaim.setId("edit-same-claim");
        sameClaim.setText("Same claim elsewhere");
        tabs.setId("edit-tabs");
        tabs.addSelectedChangeListener(e -> {
            int index = tabs.getSelectedIndex();
            if (index >= 0 && index < statements.size()) {
                show(statements.get(index));
            }
        });

        FormLayout form = new FormLayout(
                label,
                presentation,
                attributionSource,
                attributionCue,
                rationale,
                tags,
                evidenceUrl,
                evidenceStatement,
                credibility);
        form.setColspan(label, 2);
        form.setColspan(rationale, 2);
        add(new VerticalLayout(
                tabs, quote, meta, decision, new HorizontalLayout(history, discussion, sameClaim), form));

        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                actions.save(shown, details());
            } catch (IllegalArgumentException invalid) {
                Notifications.error(invalid.getMessage());
            }
        });
        delete.setId("edit-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> actions.delete(shown));
        getFooter().add(delete, new Button("Cancel", e -> close()), save);
        // The dialog belongs to the UI, not the Reader: following one of its links (history, discussion,
        // same claim elsewhere) must close it, or it would stay open over the next page.
        addOpenedChangeListener(e -> {
            // Opening attaches the dialog to the UI only before the response, so ask the current UI.
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            if (e.isOpened() && ui != null && leaving == null) {
                leaving = ui.addAfterNavigationListener(navigated -> close());
            } else if (!e.isOpened() && leaving != null) {
                leaving.remove();
                leaving = null;
            }
        });
    }

    private com.vaadin.flow.shared.Registration leaving;

    /** Opens on the first of {@code atOnePlace}, with a tab for each when there are several. */
    void open(List<StatementView> atOnePlace) {
        statements = List.copyOf(atOnePlace);
        tabs.removeAll();
        statements.forEach(s -> tabs.add(new Tab(s.label().title() + " · " + s.author())));
        tabs.setVisible(statements.size() > 1);
        tabs.setSelectedIndex(0);
        show(statements.get(0));
        open();
    }

    private void show(StatementView statement) {
        shown = statement;
        StatementDetails d = statement.details();
        quote.setText(statement.quote());
        meta.setText("Made by " + statement.author() + " at " + WHEN.format(statement.createdAt()) + " UTC"
                + (statement.modifiedAt() == null
                        ? ""
                        : " · changed by " + statement.modifiedBy() + " at " + WHEN.format(statement.modifiedAt())
                                + " UTC")
                + " · characters " + statement.start() + "–" + statement.end());
        String decided = reviewStatus.describe(List.of(statement.id())).get(statement.id());
        decision.setText(decided == null ? "Awaiting an editor's decision" : decided);
        history.setHref("history/statement/" + statement.id());
        discussion.setHref("discussion/statement/" + statement.id());
        // A route of the claim feature, named as a path so annotation does not depend on claim.
        sameClaim.setHref("claims/statement/" + statement.id());
        label.setValue(d.label());
        presentation.setValue(d.presentation());
        rationale.setValue(orEmpty(d.rationale()));
        attributionSource.setValue(orEmpty(d.attributionSource()));
        attributionCue.setValue(orEmpty(d.attributionCue()));
        tags.setValue(String.join(", ", d.tags()));
        evidenceUrl.setValue(orEmpty(d.evidenceUrl()));
        evidenceStatement.setValue(
                d.evidenceStatementId() == null ? null : d.evidenceStatementId().intValue());
        credibility.setValue(d.credibility());
        boolean mine = statement.author().equals(currentUser);
        List<HasValue<?, ?>> fields = List.of(
                label,
                presentation,
                rationale,
                attributionSource,
                attributionCue,
                tags,
                evidenceUrl,
                evidenceStatement,
                credibility);
        fields.forEach(field -> field.setReadOnly(!mine));
        save.setVisible(mine);
        delete.setVisible(mine);
    }

    /** What the form says now. @throws IllegalArgumentException with a message for the reviewer */
    StatementDetails details() {
        Integer evidence = evidenceStatement.getValue();
        return new StatementDetails(
                label.getValue(),
                presentation.getValue(),
                rationale.getValue(),
                attributionSource.getValue(),
                attributionCue.getValue(),
                StatementDetails.parseTags(tags.getValue()),
                evidenceUrl.getValue(),
                evidence == null ? null : evidence.longValue(),
                credibility.getValue());
    }

    /** The Admiralty scale's words for each information-credibility grade. */
    static String credibilityTitle(Credibility grade) {
        return grade == null ? "Not graded" : grade.title();
    }

    StatementView shown() {
        return shown;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
