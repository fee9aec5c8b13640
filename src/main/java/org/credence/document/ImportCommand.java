package org.credence.document;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.security.SystemTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
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
    private final ConfigurableApplicationContext context;
    private final boolean mainContentOnly;
    private final boolean exitWhenDone;
    private final PrintStream out = System.out;
    private final String projectName;
    private final org.credence.project.ActingProject projects;

    ImportCommand(
            BatchImportService batches,
            ImportProperties properties,
            ConfigurableApplicationContext context,
            @Value("${credence.import.main-content-only:false}") boolean mainContentOnly,
            @Value("${credence.import.exit:true}") boolean exitWhenDone,
            @Value("${credence.import.project:" + org.credence.project.ProjectService.DEFAULT_PROJECT + "}")
                    String projectName,
            org.credence.project.ActingProject projects) {
        this.projectName = projectName;
        this.projects = projects;
        this.batches = batches;
        this.properties = properties;
        this.context = context;
        this.mainContentOnly = mainContentOnly;
        this.exitWhenDone = exitWhenDone;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path path = properties.runFolder().toAbsolutePath().normalize();
        int exitCode;
        if (!Files.exists(path)) {
            out.println("Nothing imported: " + path + " does not exist.");
            exitCode = 2;
        } else {
            java.util.Optional<Long> project = projects.named(projectName);
            if (project.isEmpty()) {
                out.println("Nothing imported: there is no project named '" + projectName
                        + "' (create it in the Projects view or with POST /api/projects).");
                exitCode = 2;
            } else {
                out.println("Into the project '" + projectName + "'.");
                exitCode = SystemTask.runIn(properties.runAs(), project.get(), () -> importPath(path));
            }
        }
        if (exitWhenDone) {
            int code = exitCode;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    private int importPath(Path path) {
        out.println("Importing " + path + " as '" + properties.runAs() + "' …");
        long[] lastLine = {System.nanoTime()};
        ImportBatch batch = batches.start(
                List.of(ImportInput.of(path)), properties.runAs(), new ImportOptions(mainContentOnly), false);
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
