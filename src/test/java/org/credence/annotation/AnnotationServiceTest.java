package org.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AnnotationServiceTest extends AbstractServiceTest {

    static final String TEXT = "The Taliban executed a senior commander. Reports are unconfirmed.";

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    long documentId;

    @BeforeEach
    void importDocument() {
        documentId = TestCorpus.importText(documents, TEXT);
    }

    @Test
    void a_statement_keeps_its_offsets_quote_label_author_and_time() {
        StatementView saved = annotations.add(documentId, 4, 40, Label.CONFIRMED);

        assertThat(saved.quote()).isEqualTo("Taliban executed a senior commander.");
        assertThat(saved.start()).isEqualTo(4);
        assertThat(saved.end()).isEqualTo(40);
        assertThat(saved.label()).isEqualTo(Label.CONFIRMED);
        assertThat(saved.author()).isEqualTo("demo");
        assertThat(saved.createdAt()).isNotNull();
        assertThat(annotations.listForDocument(documentId)).containsExactly(saved);
    }

    @Test
    void statements_are_listed_in_text_order_whatever_order_they_were_made_in() {
        StatementView later = annotations.add(documentId, 41, 65, Label.UNCONFIRMED);
        StatementView earlier = annotations.add(documentId, 0, 40, Label.CONFIRMED);
        StatementView nested = annotations.add(documentId, 4, 11, Label.DISPUTED);

        assertThat(annotations.listForDocument(documentId)).containsExactly(earlier, nested, later);
    }

    @Test
    void a_reversed_span_is_rejected_with_a_message() {
        assertThatThrownBy(() -> annotations.add(documentId, 10, 5, Label.CONFIRMED))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessage("The span 10–5 is empty or reversed: the end must come after the start.");
        assertThat(annotations.listForDocument(documentId)).isEmpty();
    }

    @Test
    void an_empty_span_is_rejected() {
        assertThatThrownBy(() -> annotations.add(documentId, 7, 7, Label.CONFIRMED))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("empty or reversed");
    }

    @Test
    void a_span_outside_the_text_is_rejected() {
        int length = documents.get(documentId).charCount();

        assertThatThrownBy(() -> annotations.add(documentId, length - 3, length + 1, Label.CONFIRMED))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessage("The span " + (length - 3) + "–" + (length + 1) + " lies outside the document, which has "
                        + length + " characters.");
        assertThatThrownBy(() -> annotations.add(documentId, -1, 3, Label.CONFIRMED))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessageContaining("lies outside the document");
        assertThat(annotations.listForDocument(documentId)).isEmpty();
    }

    @Test
    void a_span_of_only_white_space_is_rejected() {
        assertThatThrownBy(() -> annotations.add(documentId, 40, 41, Label.CONFIRMED))
                .isInstanceOf(InvalidSpanException.class)
                .hasMessage("The span 40–41 covers only white space.");
    }

    @Test
    void a_statement_on_an_unknown_document_is_rejected() {
        assertThatThrownBy(() -> annotations.add(99999999L, 0, 1, Label.CONFIRMED))
                .isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void offsets_count_code_points_so_characters_outside_the_bmp_count_once() {
        long emojiDocument = TestCorpus.importText(documents, "Emoji 🙂 then the claim.");

        StatementView saved = annotations.add(emojiDocument, 8, 23, Label.DISPUTED);

        assertThat(saved.quote()).isEqualTo("then the claim.");
    }

    @Test
    void a_deleted_statement_is_gone_and_deleting_it_again_says_so() {
        StatementView saved = annotations.add(documentId, 0, 3, Label.CONFIRMED);

        annotations.delete(saved.id());

        assertThat(annotations.listForDocument(documentId)).isEmpty();
        assertThatThrownBy(() -> annotations.delete(saved.id()))
                .isInstanceOf(StatementNotFoundException.class)
                .hasMessage("Statement " + saved.id() + " does not exist.");
    }

    @Test
    void labels_are_read_from_their_api_names_and_an_unknown_one_names_the_choices() {
        assertThat(List.of(Label.fromCode("confirmed"), Label.fromCode(" Unconfirmed "), Label.fromCode("DISPUTED")))
                .containsExactly(Label.CONFIRMED, Label.UNCONFIRMED, Label.DISPUTED);
        assertThatThrownBy(() -> Label.fromCode("true"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown label 'true': use one of confirmed, unconfirmed, disputed.");
    }
}
