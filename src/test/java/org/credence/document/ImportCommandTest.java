package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The command-line import of a folder: progress and summary on the console, failures listed (exit switched off here). */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {
            "credence.import.exit=false",
            "credence.import.run-as=cli-test",
            "spring.datasource.url=jdbc:h2:mem:credence-cli-import;DB_CLOSE_DELAY=-1"
        })
class ImportCommandTest extends AbstractServiceTest {

    static final Path FOLDER = folder();

    @Autowired
    DocumentService documents;

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("credence-cli-import");
            Files.write(dir.resolve("one.txt"), TestFiles.utf8("Command line one\nBody."));
            Files.write(dir.resolve("empty.txt"), new byte[0]);
            Files.write(
                    dir.resolve("bundle.zip"), TestFiles.zip(TestFiles.entries("two.txt", "Command line two\nBody.")));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void importThatFolder(DynamicPropertyRegistry registry) {
        registry.add("credence.import.run", FOLDER::toString);
    }

    @Test
    void the_folder_is_imported_at_start_up_with_a_summary_listing_each_failure(CapturedOutput output) {
        List<DocumentSummary> imported = documents.list(PageRequest.of(0, 100)).getContent();

        assertThat(imported).extracting(DocumentSummary::title).contains("Command line one", "Command line two");
        assertThat(documents.get(imported.get(0).id()).importedBy()).isEqualTo("cli-test");
        assertThat(output.getOut())
                .contains("Importing " + FOLDER.toAbsolutePath() + " as 'cli-test'")
                .contains("FAILED     empty.txt: The file is empty.")
                .contains("Done: 3 of 3 files — 2 imported, 0 duplicates, 1 failed.");
    }
}
