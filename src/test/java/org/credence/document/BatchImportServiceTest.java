package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Many files at once: folders, zip archives, failures that never stop the batch, progress and cancel. */
class BatchImportServiceTest extends AbstractServiceTest {

    @Autowired
    BatchImportService batches;

    @Autowired
    DocumentService documents;

    @TempDir
    Path dir;

    private static String unique(String text) {
        return text + "\n" + UUID.randomUUID();
    }

    @Test
    void a_folder_is_imported_recursively_with_an_outcome_per_file_in_name_order() throws IOException {
        byte[] report = TestFiles.utf8(unique("Report headline"));
        Files.write(dir.resolve("a-report.txt"), report);
        Files.write(dir.resolve("b-copy-of-report.txt"), report);
        Files.write(dir.resolve("c-empty.txt"), new byte[0]);
        Files.write(dir.resolve("d-encrypted.pdf"), TestCorpus.fixture("document/encrypted.pdf"));
        Files.createDirectories(dir.resolve("e-sub"));
        Files.write(dir.resolve("e-sub/nested.txt"), TestFiles.utf8(unique("Nested headline")));
        Files.write(dir.resolve(".hidden.txt"), TestFiles.utf8(unique("Never imported")));
        long before = documents.count();

        ImportBatch batch =
                batches.importAll(List.of(new ImportInput("corpus", dir)), "test", ImportOptions.DEFAULT, false);

        List<ImportOutcome> outcomes = batch.outcomes();
        assertThat(outcomes)
                .extracting(ImportOutcome::fileName)
                .containsExactly(
                        "a-report.txt", "b-copy-of-report.txt", "c-empty.txt", "d-encrypted.pdf", "e-sub/nested.txt");
        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(
                        ImportOutcome.Status.CREATED,
                        ImportOutcome.Status.DUPLICATE,
                        ImportOutcome.Status.FAILED,
                        ImportOutcome.Status.FAILED,
                        ImportOutcome.Status.CREATED);
        assertThat(outcomes.get(1).documentId()).isEqualTo(outcomes.get(0).documentId());
        assertThat(outcomes.get(2).message()).isEqualTo("The file is empty.");
        assertThat(outcomes.get(3).message()).contains("password protected");
        ImportProgress progress = batch.progress();
        assertThat(progress).isEqualTo(new ImportProgress(5, 5, 2, 1, 2, 0, true, false));
        assertThat(progress.describe()).isEqualTo("Done: 5 of 5 files — 2 imported, 1 duplicate, 2 failed.");
        assertThat(batch.problems())
                .extracting(ImportOutcome::fileName)
                .containsExactly("c-empty.txt", "d-encrypted.pdf");
        assertThat(documents.count()).isEqualTo(before + 2);
    }

    @Test
    void a_zip_is_opened_with_folders_and_one_nested_zip_but_not_a_zip_nested_deeper() throws IOException {
        byte[] deepest = TestFiles.zip(TestFiles.entries("too-deep.txt", unique("Too deep")));
        byte[] nested = TestFiles.zip(TestFiles.entries("inner.txt", unique("Inner headline"), "deeper.zip", deepest));
        byte[] archive = TestFiles.zip(TestFiles.entries(
                "articles/",
                null,
                "articles/one.html",
                "<html><head><title>One</title></head><body><p>" + UUID.randomUUID() + "</p></body></html>",
                "articles/two.txt",
                unique("Two headline"),
                "__MACOSX/articles/._two.txt",
                "resource fork",
                "nested.zip",
                nested,
                "broken.pdf",
                TestCorpus.fixture("document/corrupt.pdf"),
                ".env",
                "SECRET=1",
                "..\\windows.txt",
                unique("Windows path")));
        Path zip = Files.write(dir.resolve("batch.zip"), archive);

        ImportBatch batch = batches.importAll(List.of(ImportInput.of(zip)), "test", ImportOptions.DEFAULT, false);

        List<ImportOutcome> outcomes = batch.outcomes();
        assertThat(outcomes)
                .extracting(ImportOutcome::fileName)
                .containsExactly(
                        "batch.zip/articles/one.html",
                        "batch.zip/articles/two.txt",
                        "batch.zip/__MACOSX/articles/._two.txt",
                        "batch.zip/nested.zip/inner.txt",
                        "batch.zip/nested.zip/deeper.zip",
                        "batch.zip/broken.pdf",
                        "batch.zip/.env",
                        "batch.zip/..\\windows.txt");
        assertThat(outcomes)
                .extracting(ImportOutcome::status)
                .containsExactly(
                        ImportOutcome.Status.CREATED,
                        ImportOutcome.Status.CREATED,
                        ImportOutcome.Status.SKIPPED,
                        ImportOutcome.Status.CREATED,
                        ImportOutcome.Status.FAILED,
                        ImportOutcome.Status.FAILED,
                        ImportOutcome.Status.SKIPPED,
                        ImportOutcome.Status.CREATED);
        assertThat(outcomes.get(2).message())
                .isEqualTo("Left out: a hidden file or macOS metadata (a name starting with '.' or __MACOSX).");
        assertThat(outcomes.get(4).message())
                .isEqualTo("Archives inside archives are opened only 2 level(s) deep; this one was not opened.");
        assertThat(outcomes.get(5).message()).startsWith("The file could not be read as application/pdf");
        assertThat(documents.get(outcomes.get(0).documentId()).originalFileName())
                .isEqualTo("batch.zip/articles/one.html");
        assertThat(batch.progress().total()).isEqualTo(8);
    }

    @Test
    void a_damaged_zip_is_reported_and_the_rest_of_the_batch_goes_on() throws IOException {
        byte[] archive = TestFiles.zip(TestFiles.entries("a.txt", unique("Zip entry")));
        Path damaged = Files.write(dir.resolve("damaged.zip"), java.util.Arrays.copyOf(archive, archive.length - 30));
        Path good = Files.write(dir.resolve("good.txt"), TestFiles.utf8(unique("After the damaged zip")));

        ImportBatch batch = batches.importAll(
                List.of(ImportInput.of(damaged), ImportInput.of(good)), "test", ImportOptions.DEFAULT, false);

        assertThat(batch.outcomes())
                .extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.FAILED, ImportOutcome.Status.CREATED);
        assertThat(batch.outcomes().get(0).fileName()).isEqualTo("damaged.zip");
    }

    @Test
    void uploaded_temporary_files_are_deleted_when_the_batch_is_done() throws IOException {
        Path upload = Files.write(dir.resolve("upload.part"), TestFiles.utf8(unique("Temporary upload")));

        batches.importAll(List.of(new ImportInput("upload.txt", upload)), "test", ImportOptions.DEFAULT, true);

        assertThat(upload).doesNotExist();
    }

    @Test
    void progress_is_reported_after_every_file_and_a_cancelled_batch_starts_no_new_files() throws IOException {
        List<ImportInput> inputs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            inputs.add(ImportInput.of(
                    Files.write(dir.resolve("file-" + i + ".txt"), TestFiles.utf8(unique("File " + i)))));
        }
        List<ImportProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        ImportBatch batch = batches.start(inputs, "test", ImportOptions.DEFAULT, false);
        batch.addListener(progress -> {
            seen.add(progress);
            batch.cancel();
        });
        ImportProgress end = batch.completion().join();

        assertThat(end.finished()).isTrue();
        assertThat(end.cancelled()).isTrue();
        assertThat(end.total()).isEqualTo(60);
        assertThat(end.done()).isLessThan(60).isEqualTo(batch.outcomes().size());
        assertThat(end.describe()).startsWith("Cancelled after " + end.done() + " of 60 files");
        assertThat(seen).isNotEmpty().last().isEqualTo(end);
    }

    @Test
    void a_batch_is_listed_for_the_person_who_started_it() throws IOException {
        Path file = Files.write(dir.resolve("mine.txt"), TestFiles.utf8(unique("Mine")));

        ImportBatch batch =
                batches.importAll(List.of(ImportInput.of(file)), "batch-owner", ImportOptions.DEFAULT, false);

        assertThat(batches.recentBatches("batch-owner")).first().isSameAs(batch);
        assertThat(batches.recentBatches("somebody-else")).doesNotContain(batch);
    }
}
