package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestFiles;
import org.credence.document.extract.TextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * An archive nested deeper than the limit is refused before any parser opens it: Tika would unpack it
 * and everything inside (a "42.zip" cost a minute or two of CPU before it was refused).
 */
class DeepArchiveTest extends AbstractServiceTest {

    @MockitoSpyBean
    TextExtractor extractor;

    @Autowired
    BatchImportService batches;

    @TempDir
    Path dir;

    @Test
    void a_zip_deeper_than_the_limit_is_refused_without_being_parsed() throws Exception {
        byte[] bomb = TestFiles.zip(TestFiles.entries("layer.txt", "x".repeat(5_000_000)));
        byte[] level2 = TestFiles.zip(TestFiles.entries("bomb.zip", bomb));
        byte[] level1 = TestFiles.zip(TestFiles.entries("level2.zip", level2, "note.txt", "Note " + UUID.randomUUID()));
        Path zip = Files.write(dir.resolve("deep.zip"), level1);

        ImportBatch batch = batches.importAll(List.of(ImportInput.of(zip)), "test", ImportOptions.DEFAULT, false);

        assertThat(batch.outcomes())
                .extracting(ImportOutcome::fileName, ImportOutcome::message)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "deep.zip/level2.zip/bomb.zip",
                        "Archives inside archives are opened only 2 level(s) deep; this one was not opened."));
        verify(extractor, never()).extract(argThat(name -> name.endsWith("bomb.zip")), any(byte[].class), anyBoolean());
        verify(extractor).extract(eq("deep.zip/note.txt"), any(byte[].class), anyBoolean());
    }
}
