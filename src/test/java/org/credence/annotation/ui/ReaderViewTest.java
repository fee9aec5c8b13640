package org.credence.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReaderViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    long documentId;

    @BeforeEach
    void openDocument() {
        documentId = TestCorpus.importText(
                documents, "Reader headline\n\nThe commander was executed, officials said.\nOthers deny it.");
        UI.getCurrent().navigate("documents/" + documentId);
    }

    @Test
    void the_reader_shows_the_title_and_the_whole_text_with_its_paragraphs() {
        assertThat(_get(H2.class, spec -> spec.withText("Reader headline")).isVisible())
                .isTrue();
        HighlightedText text = _get(HighlightedText.class, spec -> spec.withId("document-text"));
        assertThat(text.getText())
                .startsWith("Reader headline\n\nThe commander was executed, officials said.\nOthers deny it.");
    }

    @Test
    void a_span_labelled_in_the_text_is_saved_highlighted_and_listed() {
        HighlightedText text = _get(HighlightedText.class, spec -> spec.withId("document-text"));

        text.labelSpan(17, 43, "1");

        List<StatementView> saved = annotations.listForDocument(documentId);
        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.quote()).isEqualTo("The commander was executed");
            assertThat(s.label()).isEqualTo(Label.CONFIRMED);
        });
        assertThat(text.getStatements()).isEqualTo(saved);
        assertThat(rows(statementsGrid())).isEqualTo(saved);
        assertThat(NotificationsKt.getNotifications())
                .as("the highlight says it; no toast over the text")
                .isEmpty();
    }

    @Test
    void statements_are_listed_in_text_order() {
        HighlightedText text = _get(HighlightedText.class, spec -> spec.withId("document-text"));

        text.labelSpan(61, 76, "3");
        text.labelSpan(17, 43, "2");

        assertThat(rows(statementsGrid()))
                .extracting(StatementView::quote)
                .containsExactly("The commander was executed", "Others deny it.");
        assertThat(rows(statementsGrid()))
                .extracting(StatementView::label)
                .containsExactly(Label.UNCONFIRMED, Label.DISPUTED);
    }

    @Test
    void a_blank_span_gets_an_error_message_and_saves_nothing() {
        HighlightedText text = _get(HighlightedText.class, spec -> spec.withId("document-text"));

        text.labelSpan(15, 17, "1");

        assertThat(annotations.listForDocument(documentId)).isEmpty();
        assertThat(NotificationsKt.getNotifications())
                .singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("The selection holds only white space: select the words to label."));
    }

    @Test
    void a_statement_can_be_deleted_from_the_side_list() {
        StatementView statement = annotations.add(documentId, 17, 43, Label.DISPUTED);
        UI.getCurrent().navigate("documents/" + documentId);

        Button delete = _get(Button.class, spec -> spec.withId("delete-selected"));
        assertThat(delete.isEnabled()).as("nothing selected yet").isFalse();
        statementsGrid().select(statement);
        _click(delete);

        assertThat(annotations.listForDocument(documentId)).isEmpty();
        assertThat(rows(statementsGrid())).isEmpty();
        assertThat(_get(HighlightedText.class, spec -> spec.withId("document-text"))
                        .getStatements())
                .isEmpty();
    }

    @Test
    void the_label_buttons_show_their_keys_as_keycaps_not_as_counts() {
        for (String[] expected : new String[][] {
            {"confirmed", "Confirmed", "1"}, {"unconfirmed", "Unconfirmed", "2"}, {"disputed", "Disputed", "3"}
        }) {
            Button button = _get(Button.class, spec -> spec.withId("label-" + expected[0]));
            assertThat(button.getText()).isEqualTo(expected[1]);
            assertThat(button.getSuffixComponent().getElement().getText()).isEqualTo(expected[2]);
            assertThat(button.getClassNames()).contains("cr-label-button", "cr-" + expected[0]);
        }
        Button undo = _get(Button.class, spec -> spec.withId("undo"));
        assertThat(undo.getText()).isEqualTo("Undo");
        assertThat(undo.getSuffixComponent().getElement().getText()).isEqualTo("Ctrl+Z");
    }

    @Test
    void the_subtitle_names_publisher_date_language_and_length_not_files_or_hashes() {
        String line = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("document-provenance"))
                .getText();
        assertThat(line)
                .doesNotContain("SHA-256")
                .doesNotContain(".txt")
                .contains("words")
                .contains("date unknown");
    }

    @Test
    void an_unknown_document_shows_a_not_found_message() {
        UI.getCurrent().navigate("documents/987654321");

        assertThat(_get(Div.class, spec -> spec.withId("document-not-found")).isVisible())
                .isTrue();
        _assertNone(HighlightedText.class, spec -> spec.withId("document-text"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<StatementView> statementsGrid() {
        return _get(Grid.class, spec -> spec.withId("statements"));
    }

    private static List<StatementView> rows(Grid<StatementView> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }
}
