package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A parse that takes longer than the limit (zero here) is given up: the file fails with the reason, nothing is saved. */
@TestPropertySource(properties = "credence.import.parse-timeout=0s")
class ParseTimeoutImportTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Test
    void a_file_that_parses_too_long_is_reported_and_nothing_is_saved() {
        long before = documents.count();

        ImportOutcome outcome =
                documents.importFile("article.docx", TestCorpus.fixture("document/article.docx"), "test");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo("Reading the file took longer than the limit of 0 s; it was given up.");
        assertThat(documents.count()).isEqualTo(before);
    }
}
