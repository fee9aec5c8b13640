package org.credence.document;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * {@code --credence.import.urls=FILE}: imports every link in the file (one per line; blank lines and
 * lines starting with # are skipped), one after the other, printing each outcome and a summary, then
 * ends the program — exit code 0 when nothing failed, 3 when some links were not imported, 2 when the
 * file or the project does not exist. Same options as {@link ImportCommand}.
 */
@Component
@Order(51)
@ConditionalOnProperty("credence.import.urls")
class UrlImportCommand implements ApplicationRunner {

    private final UrlImportService urls;
    private final ImportProperties properties;
    private final CommandLineImportOptions options;
    private final PrintStream out = System.out;

    UrlImportCommand(UrlImportService urls, ImportProperties properties, CommandLineImportOptions options) {
        this.urls = urls;
        this.properties = properties;
        this.options = options;
    }

    @Override
    public void run(ApplicationArguments args) {
        options.exit(importLinks(properties.urlsFile().toAbsolutePath().normalize()));
    }

    private int importLinks(Path file) {
        List<String> links;
        try {
            links = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            out.println("Nothing imported: " + file + " could not be read (" + e.getMessage() + ").");
            return 2;
        }
        java.util.Optional<Long> project = options.project();
        if (project.isEmpty()) {
            out.println("Nothing imported: there is no project named '" + options.projectName + "'.");
            return 2;
        }
        out.println("Importing " + links.size() + " link(s) from " + file + " into the project '" + options.projectName
                + "' as '" + properties.runAs() + "' …");
        int[] counts = new int[ImportOutcome.Status.values().length];
        SystemTask.runIn(properties.runAs(), project.get(), () -> {
            for (String link : links) {
                ImportOutcome outcome = urls.importUrl(link, options.mainContentOnly, properties.runAs());
                counts[outcome.status().ordinal()]++;
                out.println(String.format("%-9s %s: %s", outcome.status(), link, outcome.message()));
            }
            return null;
        });
        int failed = counts[ImportOutcome.Status.FAILED.ordinal()];
        out.println("Done: " + links.size() + " link(s) — " + counts[ImportOutcome.Status.CREATED.ordinal()]
                + " imported, " + counts[ImportOutcome.Status.DUPLICATE.ordinal()] + " duplicates, " + failed
                + " failed.");
        return failed > 0 ? ImportCommand.SOME_FAILED : 0;
    }
}
