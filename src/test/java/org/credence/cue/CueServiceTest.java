package org.credence.cue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.base.domain.Sha256;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Cues on the seed articles, and dismissals that stay per reviewer. */
@TestPropertySource(properties = "credence.import.import-seeds=true")
class CueServiceTest extends AbstractServiceTest {

    @Autowired
    CueService cues;

    @Autowired
    DocumentService documents;

    private long seed(String file) {
        return documents.idBySha256(Sha256.of(TestCorpus.seed(file))).orElseThrow();
    }

    @Test
    void the_seed_articles_hedges_and_attributions_are_suggested() {
        List<CueSuggestion> found = cues.suggestions(seed("000_244b2b9ce906f99e.txt"));

        assertThat(found).anySatisfy(c -> {
            assertThat(c.exact())
                    .contains("unconfirmed reports of the Taliban executing at least one senior Isis-K figure");
            assertThat(c.presentation()).isEqualTo("hedged");
        });
        assertThat(found).anySatisfy(c -> {
            assertThat(c.exact()).contains("a United Nations report estimated");
            assertThat(c.cue())
                    .as("the hedge in its second clause outweighs the attribution")
                    .isEqualTo("could");
            assertThat(c.attributionSource()).isEqualTo("a United Nations report");
        });
        List<CueSuggestion> journal = cues.suggestions(seed("004_511a809760d97446.txt"));
        assertThat(journal).anySatisfy(c -> assertThat(c.attributionSource()).isEqualTo("The Wall Street Journal"));
    }

    @Test
    void a_dismissed_suggestion_stays_away_for_that_reviewer_only() {
        long id = TestCorpus.importText(documents, "Headline\nThe envoy reportedly left the talks early.");
        signIn("reviewer1", Role.REVIEWER);
        CueSuggestion cue = cues.suggestions(id).get(0);

        cues.dismiss(id, cue.start(), cue.end());

        assertThat(cues.suggestions(id)).isEmpty();
        signIn("reviewer2", Role.REVIEWER);
        assertThat(cues.suggestions(id)).containsExactly(cue);
    }

    @Test
    void a_projects_own_cue_phrases_are_suggested_in_that_project_only() {
        org.credence.project.ProjectService projects = context.getBean(org.credence.project.ProjectService.class);
        signIn("admin", Role.ADMIN);
        var local = projects.create(
                "Cues " + java.util.UUID.randomUUID(),
                null,
                new org.credence.project.ProjectSettings(
                        true,
                        2,
                        true,
                        "officials fear\nattribution\t{source} confided to neighbours\tattributed\nnot\ta cue"));
        String text =
                "Headline\nOfficials fear the toll will rise. The mayor confided to neighbours that the bridge was safe.";

        signInTo(local.id(), "reviewer2", Role.REVIEWER);
        long here = TestCorpus.importText(documents, text);
        // A bare phrase is a hedge; a lexicon line keeps its kind; a line that does not read is skipped.
        assertThat(cues.suggestions(here))
                .extracting(CueSuggestion::presentation, CueSuggestion::attributionSource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hedged", null),
                        org.assertj.core.groups.Tuple.tuple("attributed", "The mayor"));

        signIn("reviewer2", Role.REVIEWER); // Default: no such cues
        long there = TestCorpus.importText(documents, text);
        assertThat(cues.suggestions(there)).isEmpty();
    }
}
