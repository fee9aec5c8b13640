package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.credence.AbstractServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "credence.import.max-file-size=1KB")
class OversizedImportTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Test
    void a_file_over_the_size_limit_is_refused_before_parsing_and_nothing_is_saved() {
        byte[] big = new byte[2048];
        Arrays.fill(big, (byte) 'a');
        long before = documents.count();

        ImportOutcome outcome = documents.importFile("big.txt", big, "test");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo("The file is 2.0 KB; the limit is 1.0 KB.");
        assertThat(documents.count()).isEqualTo(before);
    }
}
