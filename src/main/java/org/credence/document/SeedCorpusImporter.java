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
    private static final Logger log = LoggerFactory.getLogger(SeedCorpusImporter.class);

    private final DocumentService documents;
    private final ImportProperties properties;

    SeedCorpusImporter(DocumentService documents, ImportProperties properties) {
        this.documents = documents;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        SystemTask.runAs(IMPORTED_BY, () -> {
            try {
                importSeeds();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void importSeeds() throws IOException {
        Path dir = properties.seedsDir();
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
