package org.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.credence.source.Reliability;
import org.junit.jupiter.api.Test;

/** The Admiralty scales as types: their titles, their JSON (the letter, the number) and the code "B3". */
class GradingScalesTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void reliability_is_a_letter_a_to_f_with_its_meaning() throws Exception {
        assertThat(Arrays.stream(Reliability.values()).map(Reliability::title))
                .containsExactly(
                        "A — completely reliable",
                        "B — usually reliable",
                        "C — fairly reliable",
                        "D — not usually reliable",
                        "E — unreliable",
                        "F — reliability cannot be judged");
        assertThat(Reliability.parse(" b ")).isEqualTo(Reliability.B);
        assertThat(Reliability.parse("")).isNull();
        assertThatThrownBy(() -> Reliability.parse("G"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Reliability is graded A (completely reliable) to F (cannot be judged), not 'G'.");
        assertThat(json.writeValueAsString(Reliability.C)).isEqualTo("\"C\"");
        assertThat(json.readValue("\"c\"", Reliability.class)).isEqualTo(Reliability.C);
    }

    @Test
    void credibility_is_a_number_1_to_6_with_its_meaning() throws Exception {
        assertThat(Arrays.stream(Credibility.values()).map(Credibility::title))
                .containsExactly(
                        "1 — confirmed by other sources",
                        "2 — probably true",
                        "3 — possibly true",
                        "4 — doubtful",
                        "5 — improbable",
                        "6 — truth cannot be judged");
        assertThat(Credibility.of(null)).isNull();
        assertThatThrownBy(() -> Credibility.of(0))
                .hasMessage(
                        "Information credibility is graded 1 (confirmed by other sources) to 6 (cannot be judged), not 0.");
        assertThat(json.writeValueAsString(Credibility.DOUBTFUL)).isEqualTo("4");
        assertThat(json.readValue("4", Credibility.class)).isEqualTo(Credibility.DOUBTFUL);
    }

    @Test
    void the_admiralty_code_puts_both_halves_together_and_marks_the_missing_one() {
        assertThat(Admiralty.code(Reliability.B, Credibility.POSSIBLY_TRUE)).isEqualTo("B3");
        assertThat(Admiralty.code(null, Credibility.CANNOT_BE_JUDGED)).isEqualTo("?6");
        assertThat(Admiralty.code(Reliability.F, null)).isEqualTo("F?");
        assertThat(Admiralty.code(null, null)).isNull();
    }
}
