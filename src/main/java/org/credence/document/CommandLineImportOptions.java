package org.credence.document;

import java.util.Optional;
import org.credence.project.ActingProject;
import org.credence.project.ProjectService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What the command-line imports (of a folder, of links) share: their options and how they end.
 * {@code --credence.import.main-content-only=true} keeps only the main content of web pages;
 * {@code --credence.import.project=NAME} picks the project; {@code --credence.import.exit=false} keeps
 * the application running afterwards (tests).
 */
@Component
class CommandLineImportOptions {

    private final ConfigurableApplicationContext context;
    private final ActingProject projects;
    final boolean mainContentOnly;
    final String projectName;
    private final boolean exitWhenDone;

    CommandLineImportOptions(
            ConfigurableApplicationContext context,
            ActingProject projects,
            @Value("${credence.import.main-content-only:false}") boolean mainContentOnly,
            @Value("${credence.import.exit:true}") boolean exitWhenDone,
            @Value("${credence.import.project:" + ProjectService.DEFAULT_PROJECT + "}") String projectName) {
        this.context = context;
        this.projects = projects;
        this.mainContentOnly = mainContentOnly;
        this.exitWhenDone = exitWhenDone;
        this.projectName = projectName;
    }

    /** The project to import into, when it exists. */
    Optional<Long> project() {
        return projects.named(projectName);
    }

    /** Ends the program with {@code code}, unless told to keep running. */
    void exit(int code) {
        if (exitWhenDone) {
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
