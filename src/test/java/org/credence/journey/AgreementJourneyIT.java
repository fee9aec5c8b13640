package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A researcher sees agreement figures and follows a disagreement into the Reader. */
class AgreementJourneyIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Test
    void the_researcher_reads_agreement_and_opens_a_disagreement() {
        long documentId = TestCorpus.importText(documents, "Agreement journey. Fighters number up to 2,200.");
        TestSecurity.signIn(context, "reviewer1", Role.REVIEWER);
        annotations.add(documentId, 19, 47, Label.UNCONFIRMED);
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        annotations.add(documentId, 19, 47, Label.DISPUTED);

        Page page = browser.newPage();
        signIn(page, "researcher");
        page.navigate(url("/agreement"));
        page.locator("#agreement-overall").waitFor();
        assertThat(page.locator("#agreement-overall").innerText()).contains("Krippendorff's α");
        assertThat(page.locator("#agreement-pairs").innerText()).contains("reviewer1 × reviewer2");

        page.locator("#agreement-disagreements")
                .getByText("reviewer1: unconfirmed · reviewer2: disputed")
                .first()
                .click();

        page.waitForURL(u -> u.endsWith("/documents/" + documentId));
        page.locator("#document-text mark").first().waitFor();
        assertThat(page.locator("#document-text").innerText()).contains("Fighters number up to 2,200.");
        page.context().close();
    }
}
