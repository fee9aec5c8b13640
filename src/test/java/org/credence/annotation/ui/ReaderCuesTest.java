package org.credence.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementSuggestions.Suggestion;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Cue suggestions in the Reader: shown to reviewers, accepted as statements with one key, or dismissed. */
class ReaderCuesTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    long documentId;

    @BeforeEach
    void openAReport() {
        documentId = TestCorpus.importText(
                documents,
                "Harbour report\nThe envoy reportedly left the talks early."
                        + "\nAccording to the harbour master, two ships sank.\nThe weather was calm.");
        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("documents/" + documentId);
    }

    private HighlightedText text() {
        return _get(HighlightedText.class, spec -> spec.withId("document-text"));
    }

    @Test
    void a_reviewer_sees_the_hedged_and_attributed_sentences_as_suggestions() {
        assertThat(text().getCues())
                .extracting(Suggestion::exact)
                .containsExactly(
                        "The envoy reportedly left the talks early.",
                        "According to the harbour master, two ships sank.");
    }

    @Test
    void the_suggestions_switch_counts_them_explains_them_and_hides_them() {
        com.vaadin.flow.component.checkbox.Checkbox toggle =
                _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("suggestions-switch"));
        assertThat(toggle.getLabel()).isEqualTo("Suggestions (2)");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("suggestions-legend"))
                        .getElement()
                        .getTextRecursively())
                .contains("dotted underline")
                .contains("= a suggested statement");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(toggle, false);
        assertThat(text().getCues()).isEmpty();
        assertThat(toggle.getLabel())
                .as("the count stays, so the reviewer knows what is hidden")
                .isEqualTo("Suggestions (2)");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(toggle, true);
        assertThat(text().getCues()).hasSize(2);
    }

    @Test
    void accepting_a_suggestion_makes_a_statement_with_its_presentation_and_attribution() {
        Suggestion attribution = text().getCues().get(1);

        _get(ReaderView.class).acceptCue(attribution.start(), attribution.end());

        StatementView statement = annotations.listForDocument(documentId).get(0);
        assertThat(statement.quote()).isEqualTo("According to the harbour master, two ships sank.");
        assertThat(statement.label()).isEqualTo(Label.UNCONFIRMED);
        assertThat(statement.presentation()).isEqualTo(Presentation.ATTRIBUTED);
        assertThat(statement.details().attributionSource()).isEqualTo("the harbour master");
        assertThat(statement.details().attributionCue()).isEqualTo("According to");
        assertThat(text().getCues())
                .extracting(Suggestion::exact)
                .containsExactly("The envoy reportedly left the talks early.");
    }

    @Test
    void a_dismissed_suggestion_disappears_and_stays_away_after_reload() {
        Suggestion hedge = text().getCues().get(0);

        _get(ReaderView.class).dismissCue(hedge.start(), hedge.end());

        assertThat(text().getCues()).extracting(Suggestion::exact).doesNotContain(hedge.exact());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("documents/" + documentId);
        assertThat(text().getCues()).extracting(Suggestion::exact).doesNotContain(hedge.exact());
        assertThat(annotations.listForDocument(documentId)).isEmpty();
    }

    @Test
    void researchers_read_without_suggestions() {
        login("researcher", Role.RESEARCHER);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("documents/" + documentId);

        assertThat(text().getCues()).isEmpty();
    }
}
