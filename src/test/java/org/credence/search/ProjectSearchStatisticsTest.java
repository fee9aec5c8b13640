package org.credence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Projects keep investigations apart down to their rankings: what another project imports changes
 * neither the order nor the scores of this one's shared-words search.
 */
class ProjectSearchStatisticsTest extends AbstractServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    DocumentService documents;

    private long project() {
        return signInToNewProject("reviewer1", Role.REVIEWER);
    }

    private void importText(String name, String text) {
        documents.importFile(name, text.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void another_project_importing_the_same_words_moves_no_score_of_this_ones_search() {
        String place = "Harlow" + UUID.randomUUID().toString().substring(0, 6);
        long investigation = project();
        importText("a.txt", "The " + place + " bridge collapsed on Tuesday.");
        importText("b.txt", "Twelve people were killed near " + place + ".");
        List<SentenceHit> before = search.search(place + " bridge killed", Set.of(), 10);

        project();
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            flood.append("The ")
                    .append(place)
                    .append(" bridge was repainted in year ")
                    .append(i)
                    .append(". ");
        }
        importText("other.txt", flood.toString());
        signInTo(investigation, "reviewer1", Role.REVIEWER);
        List<SentenceHit> after = search.search(place + " bridge killed", Set.of(), 10);

        assertThat(before).hasSize(2);
        assertThat(after)
                .extracting(SentenceHit::text, SentenceHit::score)
                .containsExactlyElementsOf(before.stream()
                        .map(h -> org.assertj.core.groups.Tuple.tuple(h.text(), h.score()))
                        .toList());
    }
}
