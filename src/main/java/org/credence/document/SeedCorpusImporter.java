package org.credence.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.credence.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the default corpus on start-up through the same import path as an upload. Deduplication
 * by SHA-256 makes a restart import nothing twice.
 */
@Component
@org.springframework.core.annotation.Order(10)
class SeedCorpusImporter implements ApplicationRunner {

    static final String IMPORTED_BY = "seed corpus";
    static final String SEEDS_DESCRIPTION = "The seed corpus: five reports on the Taliban and ISIS-K in August 2021,"
            + " from outlets that tell the same events differently.";
    private static final Logger log = LoggerFactory.getLogger(SeedCorpusImporter.class);

    private final DocumentService documents;
    private final ImportProperties properties;
    private final org.credence.project.ProjectService projects;
    private final String projectName;

    SeedCorpusImporter(
            DocumentService documents,
            ImportProperties properties,
            org.credence.project.ProjectService projects,
            @org.springframework.beans.factory.annotation.Value("${credence.import.seeds-project:"
                            + org.credence.project.ProjectService.DEFAULT_PROJECT + "}")
                    String projectName) {
        this.documents = documents;
        this.properties = properties;
        this.projects = projects;
        this.projectName = projectName;
    }

    /** The seeds go to the project {@code credence.import.seeds-project} names (made if missing; Default by default). */
    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.importSeeds()) {
            return;
        }
        long projectId = SystemTask.runAs(IMPORTED_BY, () -> projects.findOrCreate(projectName, SEEDS_DESCRIPTION));
        SystemTask.runIn(IMPORTED_BY, projectId, () -> {
            try {
                importSeeds();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }

    private void importSeeds() throws IOException {
        Path dir = properties.seedsFolder();
        if (!properties.importSeeds()) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            log.warn(
                    "Seed folder {} does not exist; starting with the documents already stored.", dir.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        int created = 0;
        for (Path file : files) {
            ImportOutcome outcome =
                    documents.importFile(file.getFileName().toString(), Files.readAllBytes(file), IMPORTED_BY);
            if (outcome.status() == ImportOutcome.Status.CREATED) {
                created++;
            } else if (outcome.isFailure()) {
                log.warn("Seed {} not imported: {}", file, outcome.message());
            }
        }
        log.info("Seed corpus {}: {} files, {} new documents.", dir, files.size(), created);
    }
}
