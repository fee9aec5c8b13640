package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own, so the corpus figures are exactly this test's. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:credence-agreement;DB_CLOSE_DELAY=-1")
class AgreementServiceTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AgreementService agreement;

    static boolean labelled;
    static long documentId;

    /** Two reviewers on four spans: three agree (C/C, U/U, D/D), one does not (C/D); one span only once. */
    @BeforeEach
    void labelOnce() {
        if (labelled) {
            return;
        }
        documentId = TestCorpus.importText(documents, "One claim. Two claim. Three claim. Four claim. Five claim.");
        label("reviewer1", Label.CONFIRMED, Label.UNCONFIRMED, Label.DISPUTED, Label.CONFIRMED);
        label("reviewer2", Label.CONFIRMED, Label.UNCONFIRMED, Label.DISPUTED, Label.DISPUTED);
        signIn("reviewer1", Role.REVIEWER);
        annotations.add(documentId, 47, 58, Label.UNCONFIRMED);
        labelled = true;
    }

    private void label(String reviewer, Label... labels) {
        signIn(reviewer, Role.REVIEWER);
        for (int i = 0; i < labels.length; i++) {
            int start = new int[] {0, 11, 22, 35}[i];
            int end = new int[] {10, 21, 34, 46}[i];
            annotations.add(documentId, start, end, labels[i]);
        }
    }

    @Test
    void corpus_figures_match_the_hand_computed_values() {
        signIn("researcher", Role.RESEARCHER);

        AgreementReport report = agreement.corpus();

        assertThat(report.units()).as("the span labelled once is no unit").isEqualTo(4);
        assertThat(report.reviewers()).containsExactly("reviewer1", "reviewer2");
        assertThat(report.krippendorffAlpha()).isCloseTo(1 - 14.0 / 42, within(1e-9));
        assertThat(report.fleissKappa()).isCloseTo((0.75 - 22.0 / 64) / (1 - 22.0 / 64), within(1e-9));
        assertThat(report.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.sharedUnits()).isEqualTo(4);
            assertThat(pair.cohenKappa()).isCloseTo((0.75 - 5.0 / 16) / (1 - 5.0 / 16), within(1e-9));
        });
        assertThat(report.alphaPerLabel()).containsOnlyKeys("confirmed", "unconfirmed", "disputed");
        assertThat(report.alphaPerLabel().get("unconfirmed")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void the_disagreements_are_listed_per_document_for_drill_down() {
        signIn("editor", Role.EDITOR);

        AgreementReport report = agreement.corpus();

        assertThat(report.documents()).singleElement().satisfies(d -> {
            assertThat(d.units()).isEqualTo(4);
            assertThat(d.disagreements()).isEqualTo(1);
        });
        assertThat(report.disagreements()).singleElement().satisfies(u -> {
            assertThat(u.quote()).isEqualTo("Four claim.");
            assertThat(u.labelsSideBySide()).isEqualTo("reviewer1: confirmed · reviewer2: disputed");
        });
    }

    @Test
    void a_documents_own_disagreements_are_read_on_demand_and_an_unknown_document_is_named() {
        signIn("researcher", Role.RESEARCHER);

        assertThat(agreement.disagreements(documentId)).singleElement().satisfies(u -> {
            assertThat(u.quote()).isEqualTo("Four claim.");
            assertThat(u.documentTitle()).isNotBlank();
        });
        assertThatThrownBy(() -> agreement.disagreements(-7))
                .isInstanceOf(org.credence.document.DocumentNotFoundException.class)
                .hasMessage("Document -7 does not exist.");
    }

    @Test
    void reviewers_do_not_see_agreement_figures() {
        signIn("reviewer1", Role.REVIEWER);

        assertThatThrownBy(() -> agreement.corpus()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreement.disagreements(documentId)).isInstanceOf(AccessDeniedException.class);
    }
}
