package org.credence.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.base.domain.Sha256;
import org.credence.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line export: {@code --credence.export.run=FORMAT} writes the export at start-up and
 * ends the program (use {@code --server.port=0} next to a running instance). Optional
 * {@code --credence.export.status=approved|all}, {@code --credence.export.bundle=true} (the file zipped with
 * manifest.json) and {@code --credence.export.dir=FOLDER} (default exports/).
 * Vaadin needs its web context to start, so the server starts briefly; nobody is expected to use it.
 */
@Component
@Order(100)
@ConditionalOnProperty("credence.export.run")
class ExportCommand implements ApplicationRunner {

    static final String ACTOR = "command-line export";
    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);

    private final ExportService exports;
    private final ConfigurableApplicationContext context;
    private final String format;
    private final String status;
    private final boolean exitWhenDone;
    private final boolean bundle;
    private final String projectName;
    private final org.credence.project.ActingProject projects;

    ExportCommand(
            ExportService exports,
            ConfigurableApplicationContext context,
            @Value("${credence.export.run}") String format,
            @Value("${credence.export.status:}") String status,
            @Value("${credence.export.exit:true}") boolean exitWhenDone,
            @Value("${credence.export.bundle:false}") boolean bundle,
            @Value("${credence.export.project:" + org.credence.project.ProjectService.DEFAULT_PROJECT + "}")
                    String projectName,
            org.credence.project.ActingProject projects) {
        this.projectName = projectName;
        this.projects = projects;
        this.bundle = bundle;
        this.exports = exports;
        this.context = context;
        this.format = format;
        this.status = status;
        this.exitWhenDone = exitWhenDone;
    }

    @Override
    public void run(ApplicationArguments args) {
        long projectId = projects.named(projectName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Nothing exported: there is no project named '" + projectName + "'."));
        Path file = SystemTask.runIn(ACTOR, projectId, () -> {
            ExportFormat found = exports.format(format);
            ExportFormat chosen = bundle ? exports.bundled(found) : found;
            ExportOptions options = new ExportOptions(
                    status.isBlank() ? chosen.defaultStatus() : ExportOptions.Status.fromCode(status), false);
            ExportJob job = new ExportJob(chosen, exports.count(options));
            long[] lastLine = {0};
            job.addListener(
                    j -> { // a line a second, as the command-line import does
                        long now = System.nanoTime();
                        if (now - lastLine[0] >= 1_000_000_000L && j.state() == ExportJob.State.RUNNING) {
                            lastLine[0] = now;
                            log.info(j.describe());
                        }
                    });
            try {
                return exports.exportToFolder(chosen, options, job);
            } catch (IOException e) {
                throw new UncheckedIOException("The export could not be written: " + e.getMessage(), e);
            }
        });
        try {
            log.info("Wrote {} ({} bytes, SHA-256 {})", file.toAbsolutePath(), Files.size(file), Sha256.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (exitWhenDone) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
