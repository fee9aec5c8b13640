package org.credence.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hedges, attributions and denials in sentences written for this test, never seen by the lexicon's authors. */
class CueDetectorTest {

    final CueDetector detector = new CueDetector(new CueLexicon(""));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        The mayor was reportedly seen leaving the harbour at night.               | reportedly        | hedged     | -
        There were unconfirmed reports of shelling near the eastern bridge.       | unconfirmed reports | hedged   | -
        The convoy is believed to have carried fuel for the generators.           | is believed       | hedged     | -
        Smugglers are thought to operate three boats from the northern cove.       | are thought to    | hedged     | -
        According to the port authority, 40 containers were seized.               | According to      | attributed | the port authority
        Two fishermen said the coastguard fired warning shots.                    | said              | attributed | Two fishermen
        A university study estimated the damage at 3 million euros.               | estimated         | attributed | A university study
        The regional paper reports that the ferry service will stop.              | reports           | attributed | The regional paper
        The ministry denied that any soldiers had crossed the river.              | denied            | denied     | The ministry
        The militia allegedly burned the archive, the witness said.               | allegedly         | hedged     | the witness
        """)
    void cues_mark_sentences_with_the_presentation_they_suggest(
            String sentence, String cue, String presentation, String source) {
        List<CueSuggestion> found = detector.detect("Headline\n" + sentence + "\nAn ordinary sentence follows here.");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.exact()).isEqualTo(sentence);
            assertThat(s.cue()).isEqualTo(cue);
            assertThat(s.presentation()).isEqualTo(presentation);
            assertThat(s.attributionSource()).isEqualTo(source);
            assertThat(s.start()).isEqualTo("Headline\n".length());
        });
    }

    @Test
    void plain_statements_of_fact_have_no_cue() {
        assertThat(detector.detect("The bridge reopened on Monday. Traffic was light."))
                .isEmpty();
    }

    @Test
    void an_administrators_file_extends_the_lexicon_and_is_read_again_when_it_changes(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("cues.tsv");
        CueDetector extended = new CueDetector(new CueLexicon(file.toString()));
        String sentence = "Insiders whisper that the deal is off.";
        assertThat(extended.detect(sentence)).isEmpty();

        Files.writeString(file, "# local cues\nhedge\twhisper that\thedged\n");
        assertThat(extended.detect(sentence))
                .singleElement()
                .extracting(CueSuggestion::cue)
                .isEqualTo("whisper that");

        Files.writeString(file, "hedge\twhisper that\thedged\nattribution\t{source} whisper\tattributed\n");
        Files.setLastModifiedTime(
                file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(new CueLexicon(file.toString()).cues())
                .anyMatch(c -> c.phrase().equals("{source} whisper"));
    }

    @Test
    void a_malformed_lexicon_line_is_refused_with_its_line_number() {
        assertThatThrownBy(() -> CueLexicon.parse("hedge\treportedly\n", "test.tsv"))
                .hasMessage("test.tsv line 1: expected kind, phrase and presentation separated by tabs.");
        assertThatThrownBy(() -> CueLexicon.parse("hedge\treportedly\tdoubtful\n", "test.tsv"))
                .hasMessageStartingWith("test.tsv line 1: Unknown presentation 'doubtful'");
    }
}
