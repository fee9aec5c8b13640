package org.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementDetailsTest {

    @Test
    void tags_are_trimmed_lower_cased_deduplicated_and_sorted() {
        assertThat(StatementDetails.parseTags(" Casualties, ISIS-K ,casualties,, numbers "))
                .containsExactly("casualties", "isis-k", "numbers");
    }

    @Test
    void blank_text_fields_become_absent() {
        StatementDetails details = new StatementDetails(Label.CONFIRMED, null, "  ", "", null, List.of(), " ", null);
        assertThat(details.rationale()).isNull();
        assertThat(details.attributionSource()).isNull();
        assertThat(details.evidenceUrl()).isNull();
        assertThat(details.hasRationale()).isFalse();
    }

    @Test
    void evidence_must_be_a_web_address() {
        assertThatThrownBy(() -> new StatementDetails(
                        Label.CONFIRMED, null, null, null, null, List.of(), "javascript:alert(1)", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The evidence URL must be an http or https address: 'javascript:alert(1)'.");
        assertThat(new StatementDetails(
                                Label.CONFIRMED,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                "https://www.csis.org/programs/transnational-threats",
                                null)
                        .evidenceUrl())
                .startsWith("https://");
    }

    @Test
    void over_long_fields_are_refused_with_their_length() {
        assertThatThrownBy(() -> new StatementDetails(
                        Label.CONFIRMED, null, "x".repeat(10_001), null, null, List.of(), null, null))
                .hasMessage("The rationale is 10,001 characters long; at most 10,000 are allowed.");
        assertThatThrownBy(() -> StatementDetails.parseTags("t".repeat(51)))
                .hasMessageContaining("is longer than 50 characters");
    }

    @Test
    void a_label_is_required() {
        assertThatThrownBy(() -> new StatementDetails(null, null, null, null, null, List.of(), null, null))
                .hasMessage("A statement needs a label.");
    }

    @Test
    void presentations_are_read_from_their_api_names() {
        assertThat(Presentation.fromCode("Hedged")).isEqualTo(Presentation.HEDGED);
        assertThatThrownBy(() -> Presentation.fromCode("rumoured"))
                .hasMessage("Unknown presentation 'rumoured': use one of asserted, attributed, hedged, denied.");
    }
}
