package org.credence.document;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.security.SystemTask;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line import: {@code --credence.import.run=FOLDER_OR_ZIP} imports every file in it
 * (folders recursively, zip archives opened) with a progress line, prints the summary with every
 * failure and ends the program — exit code 0 when nothing failed, 3 when some files were not
 * imported. {@code --credence.import.main-content-only=true} keeps only the main content of web pages.
 */
@Component
@Order(50)
@ConditionalOnProperty("credence.import.run")
class ImportCommand implements ApplicationRunner {

    static final int SOME_FAILED = 3;
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    private final BatchImportService batches;
    private final ImportProperties properties;
    private final CommandLineImportOptions options;
    private final PrintStream out = System.out;

    ImportCommand(BatchImportService batches, ImportProperties properties, CommandLineImportOptions options) {
        this.batches = batches;
        this.properties = properties;
        this.options = options;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path path = properties.runFolder().toAbsolutePath().normalize();
        int exitCode;
        if (!Files.exists(path)) {
            out.println("Nothing imported: " + path + " does not exist.");
            exitCode = 2;
        } else {
            java.util.Optional<Long> project = options.project();
            if (project.isEmpty()) {
                out.println("Nothing imported: there is no project named '" + options.projectName
                        + "' (create it in the Projects view or with POST /api/projects).");
                exitCode = 2;
            } else {
                out.println("Into the project '" + options.projectName + "'.");
                exitCode = SystemTask.runIn(properties.runAs(), project.get(), () -> importPath(path));
            }
        }
        options.exit(exitCode);
    }

    private int importPath(Path path) {
        out.println("Importing " + path + " as '" + properties.runAs() + "' …");
        long[] lastLine = {System.nanoTime()};
        ImportBatch batch = batches.start(
                List.of(ImportInput.of(path)), properties.runAs(), new ImportOptions(options.mainContentOnly), false);
        batch.addListener(progress -> {
            long now = System.nanoTime();
            synchronized (lastLine) {
                if (!progress.finished() && now - lastLine[0] >= PROGRESS_INTERVAL_NANOS) {
                    lastLine[0] = now;
                    out.println(progress.describe());
                }
            }
        });
        ImportProgress summary = batch.completion().join();
        for (ImportOutcome problem : batch.problems()) {
            out.println((problem.isFailure() ? "FAILED     " : "PROBABLE DUPLICATE ") + problem.fileName() + ": "
                    + problem.message());
        }
        out.println(summary.describe());
        return summary.failed() > 0 ? SOME_FAILED : 0;
    }
}
