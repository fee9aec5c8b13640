package org.credence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.credence.AbstractServiceTest;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A project's word weights: counted over its own sentences on first use, and grown as documents are embedded. */
class ProjectTermWeightsTest extends AbstractServiceTest {

    @Autowired
    ProjectTermWeights weights;

    @Autowired
    DocumentService documents;

    private long project() {
        return signInToNewProject("reviewer1", Role.REVIEWER);
    }

    private long importText(String name, String text) {
        return documents
                .importFile(name, text.getBytes(StandardCharsets.UTF_8), "test")
                .documentId();
    }

    @Test
    void counts_the_projects_sentences_only_and_a_rare_word_weighs_more_than_a_common_one() {
        long project = project();
        importText("a.txt", "The Taliban held the city. The Taliban executed a commander. The Taliban spoke.");
        long other = project();
        importText("b.txt", "Executed executed executed. Executed again.");

        TermWeights counted = weights.of(project);

        assertThat(counted.sentences()).isEqualTo(3);
        assertThat(counted.overlap(Set.of("taliban", "execut"), Set.of("execut")))
                .as("sharing the rare word counts for more than half")
                .isGreaterThan(0.5);
        assertThat(weights.of(other).sentences()).isEqualTo(2);
    }

    @Test
    void a_document_embedded_after_counting_is_counted_once() {
        long project = project();
        importText("a.txt", "One sentence here.");
        assertThat(weights.of(project).sentences()).isEqualTo(1);
        long later = importText("b.txt", "Another sentence. And a third one.");

        weights.on(new SentencesEmbedded(later, project, false));
        weights.on(new SentencesEmbedded(later, project, false));

        assertThat(weights.of(project).sentences()).isEqualTo(3);
        assertThat(weights.recounted(project).sentences()).isEqualTo(3);
    }
}
