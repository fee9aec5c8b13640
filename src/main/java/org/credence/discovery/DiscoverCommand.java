package org.credence.discovery;

import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import org.credence.project.ActingProject;
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
 * {@code --credence.discover=PROJECT}: runs claim discovery over the project's documents (after this
 * node has embedded any it had not), prints its progress and the candidates most worth a look, then
 * ends the program — exit code 0 when the run finished, 3 when it failed, 2 when the project does not
 * exist. It is recorded as started by {@code --credence.discover.run-as} (default "command line");
 * {@code --credence.discover.exit=false} keeps the application running afterwards (tests).
 */
@Component
@Order(52)
@ConditionalOnProperty("credence.discover")
class DiscoverCommand implements ApplicationRunner {

    static final int FAILED = 3;
    static final int NO_SUCH_PROJECT = 2;
    /** How many of the best candidates the summary lists. */
    static final int SHOWN = 10;

    private static final long POLL_MILLIS = 1_000;

    private final DiscoveryService discovery;
    private final ActingProject projects;
    private final ConfigurableApplicationContext context;
    private final String projectName;
    private final String runAs;
    private final boolean exitWhenDone;
    private final PrintStream out = System.out;

    DiscoverCommand(
            DiscoveryService discovery,
            ActingProject projects,
            ConfigurableApplicationContext context,
            @Value("${credence.discover}") String projectName,
            @Value("${credence.discover.run-as:command line}") String runAs,
            @Value("${credence.discover.exit:true}") boolean exitWhenDone) {
        this.discovery = discovery;
        this.projects = projects;
        this.context = context;
        this.projectName = projectName;
        this.runAs = runAs;
        this.exitWhenDone = exitWhenDone;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = discover();
        if (exitWhenDone) {
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    int discover() {
        Optional<Long> project = projects.named(projectName);
        if (project.isEmpty()) {
            out.println("Nothing discovered: there is no project named '" + projectName + "'.");
            return NO_SUCH_PROJECT;
        }
        return SystemTask.runIn(runAs, project.get(), () -> {
            DiscoveryRunView run = discovery.start();
            out.println("Discovering claims in the project '" + projectName + "' (" + run.documentsTotal()
                    + " documents) as '" + runAs + "' …");
            String lastProgress = "";
            while (DiscoveryRun.RUNNING.equals(run.status())) {
                String progress = progress(run);
                if (!progress.equals(lastProgress)) {
                    out.println(progress);
                    lastProgress = progress;
                }
                sleep();
                run = discovery.run(run.id());
            }
            if (!DiscoveryRun.DONE.equals(run.status())) {
                out.println("Discovery failed: " + Objects.requireNonNullElse(run.message(), "no reason given") + ".");
                return FAILED;
            }
            CandidatePage best = discovery.candidates(0, SHOWN);
            out.println("Done: " + best.total() + " open candidate claim(s) in " + run.documentsTotal()
                    + " documents; the first " + Math.min(SHOWN, best.items().size()) + ":");
            for (CandidateView candidate : best.items()) {
                out.println(line(candidate));
            }
            return 0;
        });
    }

    private static String progress(DiscoveryRunView run) {
        return run.message() != null && !run.message().isBlank()
                ? "  " + run.message()
                : "  " + run.documentsDone() + " of " + run.documentsTotal() + " documents";
    }

    /** One candidate: its sources and documents, what differs between them, and its wording. */
    static String line(CandidateView candidate) {
        StringBuilder line = new StringBuilder("  ")
                .append(candidate.sources())
                .append(candidate.sources() == 1 ? " source, " : " sources, ")
                .append(candidate.documents())
                .append(" documents");
        if (candidate.figureNote() != null) {
            line.append("; ").append(candidate.figureNote());
        }
        if (candidate.presentations().size() > 1) {
            line.append("; told as ").append(String.join(", ", candidate.presentations()));
        }
        return line.append(": \"").append(candidate.wording()).append('"').toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for discovery", e);
        }
    }
}
