package org.credence.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Reader's details dialog, filters, counts, j/k, undo and help, without a browser. */
class ReaderWorkspaceTest extends AbstractAppTest {

    static final String TEXT = "Workspace headline\n\nThe commander was executed, according to CSIS.\nOthers deny it.";

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    long documentId;
    ReaderView reader;

    @BeforeEach
    void openDocument() {
        documentId = TestCorpus.importText(documents, TEXT);
        UI.getCurrent().navigate("documents/" + documentId);
        reader = _get(ReaderView.class);
    }

    @Test
    void following_a_link_out_of_the_statement_dialog_closes_it() {
        StatementView statement = annotations.add(documentId, 20, 46, Label.UNCONFIRMED);
        reopen();
        reader.open(List.of(statement.id()));
        StatementEditor editor = reader.editor();
        assertThat(editor.isOpened()).isTrue();

        UI.getCurrent().navigate("claims/statement/" + statement.id());

        assertThat(editor.isOpened()).isFalse();
    }

    @Test
    void clicking_a_highlight_opens_its_details_and_a_saved_change_shows_everywhere() {
        StatementView statement = annotations.add(documentId, 20, 46, Label.UNCONFIRMED);
        reopen();

        reader.open(List.of(statement.id()));
        StatementEditor editor = reader.editor();
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.shown()).isEqualTo(statement);
        _setValue(editor.label, Label.DISPUTED);
        _setValue(editor.presentation, Presentation.ATTRIBUTED);
        _setValue(_get(TextArea.class, spec -> spec.withId("edit-rationale")), "Only CSIS says so.");
        _setValue(_get(TextField.class, spec -> spec.withId("edit-attribution")), "CSIS");
        _setValue(_get(TextField.class, spec -> spec.withId("edit-cue")), "according to");
        _setValue(_get(TextField.class, spec -> spec.withId("edit-tags")), "Execution, isis-k");
        _click(editor.save);

        StatementView saved = annotations.get(statement.id());
        assertThat(saved.details())
                .isEqualTo(new StatementDetails(
                        Label.DISPUTED,
                        Presentation.ATTRIBUTED,
                        "Only CSIS says so.",
                        "CSIS",
                        "according to",
                        List.of("execution", "isis-k"),
                        null,
                        null));
        assertThat(editor.isOpened()).isFalse();
        assertThat(rows()).containsExactly(saved);
        assertThat(_get(HighlightedText.class).getStatements()).containsExactly(saved);
    }

    @Test
    void several_statements_at_one_place_get_a_tab_each() {
        StatementView sentence = annotations.add(documentId, 20, 66, Label.CONFIRMED);
        StatementView clause = annotations.add(documentId, 20, 46, Label.DISPUTED);
        reopen();

        reader.open(List.of(sentence.id(), clause.id()));

        Tabs tabs = _get(Tabs.class, spec -> spec.withId("edit-tabs"));
        assertThat(tabs.getTabCount()).isEqualTo(2);
        assertThat(reader.editor().shown())
                .as("innermost first, as the highlight shows it")
                .isEqualTo(clause);
        tabs.setSelectedIndex(1);
        assertThat(reader.editor().shown()).isEqualTo(sentence);
    }

    @Test
    void an_invalid_change_is_explained_and_the_dialog_keeps_what_was_typed() {
        StatementView statement = annotations.add(documentId, 20, 46, Label.UNCONFIRMED);
        reopen();
        reader.open(List.of(statement.id()));

        _setValue(_get(TextField.class, spec -> spec.withId("edit-evidence-url")), "not a url");
        _click(reader.editor().save);

        assertThat(reader.editor().isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("edit-evidence-url"))
                        .getValue())
                .isEqualTo("not a url");
        assertThat(lastNotification()).isEqualTo("The evidence URL is not a valid address: 'not a url'.");
        assertThat(annotations.get(statement.id())).isEqualTo(statement);
    }

    @Test
    void a_concurrent_change_is_reported_and_not_overwritten() {
        StatementView statement = annotations.add(documentId, 20, 46, Label.UNCONFIRMED);
        reopen();
        reader.open(List.of(statement.id()));
        annotations.update(statement.id(), statement.version(), StatementDetails.of(Label.CONFIRMED));

        _setValue(reader.editor().label, Label.DISPUTED);
        _click(reader.editor().save);

        assertThat(reader.editor().isOpened()).isTrue();
        assertThat(lastNotification()).contains("since you opened it; nothing was overwritten");
        assertThat(annotations.get(statement.id()).label()).isEqualTo(Label.CONFIRMED);
    }

    @Test
    void filters_narrow_the_list_and_the_counts_cover_every_statement() {
        annotations.add(documentId, 20, 46, Label.CONFIRMED);
        StatementView disputed = annotations.add(documentId, 67, 82, Label.DISPUTED);
        StatementView withRationale = annotations.add(
                documentId, 48, 66, StatementDetails.of(Label.UNCONFIRMED).withLabel(Label.UNCONFIRMED), null);
        annotations.update(
                withRationale.id(),
                withRationale.version(),
                new StatementDetails(
                        Label.UNCONFIRMED,
                        Presentation.ATTRIBUTED,
                        "Single source",
                        "CSIS",
                        "according to",
                        List.of(),
                        null,
                        null));
        reopen();

        assertThat(_get(Span.class, spec -> spec.withId("statement-total")).getText())
                .isEqualTo("3 statements");
        assertThat(_get(Span.class, spec -> spec.withId("count-disputed")).getText())
                .isEqualTo("Disputed 1");
        filter("filter-label", Label.DISPUTED);
        assertThat(rows()).containsExactly(disputed);
        assertThat(_get(Span.class, spec -> spec.withId("statement-total")).getText())
                .isEqualTo("3 statements · 1 shown");
        filter("filter-label", null);
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-rationale")), true);
        assertThat(rows()).extracting(StatementView::id).containsExactly(withRationale.id());
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-rationale")), false);
        filter("filter-presentation", Presentation.ATTRIBUTED);
        assertThat(rows()).extracting(StatementView::id).containsExactly(withRationale.id());
        assertThat(_get(HighlightedText.class).getStatements())
                .as("filters never hide highlights")
                .hasSize(3);
    }

    @Test
    void j_and_k_move_through_the_listed_statements_in_text_order() {
        StatementView first = annotations.add(documentId, 20, 46, Label.CONFIRMED);
        StatementView second = annotations.add(documentId, 67, 82, Label.DISPUTED);
        reopen();
        Grid<StatementView> grid = grid();

        reader.step(1);
        assertThat(grid.getSelectedItems()).containsExactly(first);
        reader.step(1);
        assertThat(grid.getSelectedItems()).containsExactly(second);
        reader.step(1);
        assertThat(grid.getSelectedItems()).as("wraps around").containsExactly(first);
        reader.step(-1);
        assertThat(grid.getSelectedItems()).containsExactly(second);
    }

    @Test
    void undo_takes_back_an_add_a_change_and_a_delete() {
        HighlightedText text = _get(HighlightedText.class);

        text.labelSpan(20, 46, "2");
        StatementView added = annotations.listForDocument(documentId).get(0);
        reader.undo();
        assertThat(annotations.listForDocument(documentId)).isEmpty();
        assertThat(rows()).isEmpty();
        assertThat(lastNotification()).isEqualTo("Undone: the unconfirmed statement was removed.");

        text.labelSpan(20, 46, "2");
        StatementView again = annotations.listForDocument(documentId).get(0);
        reader.open(List.of(again.id()));
        _setValue(reader.editor().label, Label.DISPUTED);
        _click(reader.editor().save);
        reader.undo();
        assertThat(annotations.get(again.id()).label()).isEqualTo(Label.UNCONFIRMED);

        reader.open(List.of(again.id()));
        _click(reader.editor().delete);
        assertThat(annotations.listForDocument(documentId)).isEmpty();
        reader.undo();
        assertThat(annotations.listForDocument(documentId)).singleElement().satisfies(restored -> {
            assertThat(restored.quote()).isEqualTo(added.quote());
            assertThat(restored.label()).isEqualTo(Label.UNCONFIRMED);
        });
        assertThat(rows()).hasSize(1);

        reader.undo();
        reader.undo();
        reader.undo();
        assertThat(lastNotification()).isEqualTo("Nothing to undo.");
    }

    /** Issue #15: the second Ctrl+Z met the first undo's own change as a conflict and blamed the user for it. */
    @Test
    void undo_walks_back_a_chain_of_ones_own_steps_to_before_the_add() {
        HighlightedText text = _get(HighlightedText.class);
        text.labelSpan(20, 46, "2");
        StatementView added = annotations.listForDocument(documentId).get(0);
        reader.open(List.of(added.id()));
        _setValue(reader.editor().label, Label.DISPUTED);
        _click(reader.editor().save);

        reader.undo();
        assertThat(annotations.get(added.id()).label()).isEqualTo(Label.UNCONFIRMED);
        reader.undo();
        assertThat(lastNotification()).isEqualTo("Undone: the unconfirmed statement was removed.");
        assertThat(annotations.listForDocument(documentId)).isEmpty();

        text.labelSpan(20, 46, "1");
        StatementView second = annotations.listForDocument(documentId).get(0);
        reader.open(List.of(second.id()));
        _click(reader.editor().delete);
        reader.undo();
        reader.undo();
        assertThat(lastNotification())
                .as("the add is undone on the statement the undone delete made again")
                .isEqualTo("Undone: the confirmed statement was removed.");
        assertThat(annotations.listForDocument(documentId)).isEmpty();
        assertThat(rows()).isEmpty();
    }

    @Test
    void a_mouse_selection_is_snapped_to_whole_words() {
        _get(HighlightedText.class).labelSpan(22, 44, "1");

        assertThat(annotations.listForDocument(documentId))
                .singleElement()
                .satisfies(s -> assertThat(s.quote()).isEqualTo("The commander was executed"));
    }

    @Test
    void question_mark_opens_the_shortcut_help() {
        _assertNone(Dialog.class, spec -> spec.withId("shortcut-help"));

        reader.help();

        Dialog help = _get(Dialog.class, spec -> spec.withId("shortcut-help"));
        assertThat(help.isOpened()).isTrue();
        assertThat(help.getElement().getOuterHTML())
                .contains("Ctrl + Z")
                .contains("j / k")
                .contains("Shift +");
    }

    private void reopen() {
        UI.getCurrent().navigate("documents/" + documentId);
        reader = _get(ReaderView.class);
    }

    @SuppressWarnings("unchecked")
    private static void filter(String id, Object value) {
        _setValue((Select<Object>) _get(Select.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    private static Grid<StatementView> grid() {
        return _get(Grid.class, spec -> spec.withId("statements"));
    }

    private static List<StatementView> rows() {
        Grid<StatementView> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    private static String lastNotification() {
        var all = NotificationsKt.getNotifications();
        return all.get(all.size() - 1).getElement().getProperty("text");
    }
}
