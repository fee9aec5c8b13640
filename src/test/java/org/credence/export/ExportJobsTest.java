package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.credence.TestCorpus;
import org.credence.annotation.Label;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ExportJobsTest extends AbstractExportTest {

    @Autowired
    ExportJobs jobs;

    @Test
    void a_background_export_counts_its_statements_reports_progress_and_ends_with_the_file() throws Exception {
        long documentId = TestCorpus.importText(documents, "Background export, with three statements in it.");
        annotations.add(documentId, 0, 10, Label.CONFIRMED);
        annotations.add(documentId, 12, 16, Label.DISPUTED);
        annotations.add(documentId, 18, 23, Label.UNCONFIRMED);
        ExportOptions onlyThis =
                new ExportOptions(ExportOptions.Status.ALL, false, null, null, Set.of(documentId), null, null);

        ExportJob job = jobs.start(exports.format("jsonl"), onlyThis);

        assertThat(job.await(Duration.ofSeconds(30))).isTrue();
        assertThat(job.state()).as(job.describe()).isEqualTo(ExportJob.State.DONE);
        assertThat(job.total()).isEqualTo(3);
        assertThat(job.written()).isEqualTo(3);
        assertThat(job.fraction()).isEqualTo(1.0);
        assertThat(Files.readString(job.file()).lines()).hasSize(3);
        assertThat(job.describe()).isEqualTo("Wrote " + job.file() + ".");
    }

    @Test
    void a_cancelled_export_stops_and_leaves_neither_the_file_nor_a_partial_one() throws Exception {
        long documentId = TestCorpus.importText(documents, "Cancelled in the middle of the export.");
        annotations.add(documentId, 0, 9, Label.CONFIRMED);
        ExportJob job = new ExportJob(exports.format("w3c"), 1);
        Path target = Path.of("target/test-exports/" + exports.format("w3c").fileName());
        Files.deleteIfExists(target);

        job.cancel();

        assertThatThrownBy(() -> exports.exportToFolder(exports.format("w3c"), ExportOptions.all(), job))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(target).doesNotExist();
        try (var listing = Files.list(target.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void a_dataset_export_is_stopped_by_cancel_even_between_its_files() throws Exception {
        long documentId = TestCorpus.importText(documents, "Dataset cancelled while writing documents.");
        annotations.add(documentId, 0, 7, Label.CONFIRMED);
        ExportJob job = new ExportJob(exports.format("dataset"), 0);
        job.cancel();

        assertThatThrownBy(() -> exports.exportToFolder(
                        exports.format("dataset"),
                        new ExportOptions(ExportOptions.Status.APPROVED, false, null, "nobody", null, null, null),
                        job))
                .as("no statement to count past: the written bytes are checked too")
                .isInstanceOf(ExportCancelledException.class);
    }

    @Test
    void reviewers_cannot_start_an_export() {
        ExportFormat jsonl = exports.format("jsonl");
        signIn("reviewer1", Role.REVIEWER);

        assertThatThrownBy(() -> jobs.start(jsonl, ExportOptions.all())).isInstanceOf(AccessDeniedException.class);
    }
}
