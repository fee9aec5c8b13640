package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Archives that would exhaust the machine are cut short with a reason; what came before them stays imported. */
@TestPropertySource(
        properties = {
            "credence.import.max-file-size=64KB",
            "credence.import.max-archive-entries=4",
            "credence.import.max-archive-size=150KB"
        })
class ArchiveLimitsTest extends AbstractServiceTest {

    @Autowired
    BatchImportService batches;

    @Autowired
    DocumentService documents;

    @TempDir
    Path dir;

    private ImportBatch importZip(byte[] zip) throws IOException {
        Path file = Files.write(dir.resolve("upload.zip"), zip);
        return batches.importAll(List.of(ImportInput.of(file)), "test", ImportOptions.DEFAULT, false);
    }

    private static String text(int kilobytes) {
        StringBuilder text = new StringBuilder(UUID.randomUUID().toString()).append('\n');
        while (text.length() < kilobytes * 1024) {
            text.append("The ministry said the figures could not be verified independently. ");
        }
        return text.toString();
    }

    @Test
    void an_entry_larger_than_the_file_limit_is_refused_whatever_its_header_says() throws IOException {
        ImportBatch batch = importZip(TestFiles.zip(TestFiles.entries("huge.txt", text(200), "small.txt", text(1))));

        assertThat(batch.outcomes())
                .extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.FAILED, ImportOutcome.Status.CREATED);
        assertThat(batch.outcomes().get(0).message()).isEqualTo("The file is larger than the limit of 64.0 KB.");
    }

    @Test
    void an_archive_with_more_files_than_allowed_is_refused_whole() throws IOException {
        long before = documents.count();

        ImportBatch batch = importZip(TestFiles.zip(TestFiles.entries(
                "1.txt", text(1), "2.txt", text(1), "3.txt", text(1), "4.txt", text(1), "5.txt", text(1))));

        assertThat(batch.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.fileName()).isEqualTo("upload.zip");
            assertThat(outcome.message())
                    .isEqualTo("The archive holds 5 files; the limit is 4. Nothing in it was imported.");
        });
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void an_archive_expanding_beyond_the_total_limit_stops_there_like_a_zip_bomb() throws IOException {
        ImportBatch batch = importZip(TestFiles.zip(
                TestFiles.entries("1.txt", text(60), "2.txt", text(60), "3.txt", text(60), "4.txt", text(60))));

        List<ImportOutcome> outcomes = batch.outcomes();
        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(
                        ImportOutcome.Status.CREATED,
                        ImportOutcome.Status.CREATED,
                        ImportOutcome.Status.CREATED,
                        ImportOutcome.Status.FAILED);
        assertThat(outcomes.get(3).message())
                .isEqualTo(
                        "The archive expands to more than 150.0 KB (a suspected zip bomb); 1 remaining file(s) in it were not imported.");
        assertThat(batch.progress().total()).isEqualTo(4);
    }
}
