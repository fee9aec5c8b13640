package org.credence.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.credence.document.DocumentService;
import org.credence.project.ActingProject;
import org.credence.project.ProjectService;
import org.credence.security.Role;
import org.credence.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo's two investigations, so the separation can be seen: "ISIS-K, August 2021" (the seed
 * corpus, imported there by the seed importer) with the whole demo team, and a small local-news story
 * where only reviewer2 and editor are members. Every start fills in what is missing and changes
 * nothing that exists; the demo team starts in the seeds' project.
 */
@Component
@Profile("demo")
@Order(20)
class DemoProjects implements ApplicationRunner {

    static final String SEEDS_PROJECT = "ISIS-K, August 2021";
    static final String LOCAL_PROJECT = "Mill Street bridge collapse";
    private static final String ACTOR = "demo set-up";
    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final ProjectService projects;
    private final ActingProject acting;
    private final AssignmentService assignments;
    private final DocumentService documents;

    DemoProjects(
            ProjectService projects, ActingProject acting, AssignmentService assignments, DocumentService documents) {
        this.projects = projects;
        this.acting = acting;
        this.assignments = assignments;
        this.documents = documents;
    }

    @Override
    public void run(ApplicationArguments args) {
        long seeds = SystemTask.runAs(ACTOR, () -> {
            long id = projects.findOrCreate(SEEDS_PROJECT, "How outlets told the Taliban's fight with ISIS-K.");
            projects.setMember(id, "reviewer1", Set.of(Role.REVIEWER));
            projects.setMember(id, "reviewer2", Set.of(Role.REVIEWER));
            projects.setMember(id, "editor", Set.of(Role.EDITOR));
            projects.setMember(id, "researcher", Set.of(Role.RESEARCHER));
            writeGuidelinesOnce(id, SEEDS_GUIDELINES);
            return id;
        });
        long local = SystemTask.runAs(ACTOR, () -> {
            long id = projects.findOrCreate(LOCAL_PROJECT, "A local breaking story: casualty figures that move.");
            projects.setMember(id, "reviewer2", Set.of(Role.REVIEWER));
            projects.setMember(id, "editor", Set.of(Role.EDITOR));
            writeGuidelinesOnce(id, LOCAL_GUIDELINES);
            return id;
        });
        for (String person : List.of("reviewer1", "reviewer2", "editor", "researcher")) {
            acting.rememberUnlessChosen(person, seeds);
        }
        int seedAssignments = SystemTask.runIn(
                ACTOR, seeds, () -> assignments.assignAutomatically(List.of("reviewer1", "reviewer2"), 2));
        int publishers = SystemTask.runIn(ACTOR, seeds, this::fillSeedPublishers);
        log.info("Demo: the publishers {} seed articles name themselves filled in", publishers);
        int localAssignments = SystemTask.runIn(ACTOR, local, () -> {
            importLocalStory();
            return assignments.assignAutomatically(List.of("reviewer2"), 1);
        });
        log.info(
                "Demo projects: '{}' ({} new assignments), '{}' ({} new assignments; members reviewer2 and editor only)",
                SEEDS_PROJECT,
                seedAssignments,
                LOCAL_PROJECT,
                localAssignments);
    }

    /**
     * The publishers the seed articles name in their own text ("SOURCE: The Telegraph", "ITV News Global
     * Security Editor …", "NationalWorld is a new national news brand …"), where the files' metadata named
     * none; the others name no publisher or date of their own, so they stay unknown rather than guessed.
     */
    static final java.util.Map<String, String> SEED_PUBLISHERS = java.util.Map.of(
            "000_244b2b9ce906f99e.txt", "The Telegraph",
            "001_f113e6a3b938ad3c.txt", "ITV News",
            "003_d6d6020e59357bc8.txt", "NationalWorld");

    /** Fills a seed's publisher only while it has none: a person's correction is never overwritten. */
    private int fillSeedPublishers() {
        int filled = 0;
        for (var summary : documents.list(org.springframework.data.domain.PageRequest.of(0, 1000))) {
            String publisher = SEED_PUBLISHERS.get(summary.originalFileName());
            if (publisher == null) {
                continue;
            }
            var details = documents.get(summary.id());
            if (details.publisher() != null && !details.publisher().isBlank()) {
                continue;
            }
            documents.correctProvenance(
                    details.id(),
                    new org.credence.document.ProvenanceCorrection(
                            details.title(),
                            details.author(),
                            publisher,
                            details.url(),
                            details.publishedDate(),
                            details.language(),
                            details.version()),
                    ACTOR);
            filled++;
        }
        return filled;
    }

    private void writeGuidelinesOnce(long projectId, String markdown) {
        if (projects.guidelines(projectId).revision() == 0) {
            projects.writeGuidelines(projectId, 0, markdown);
        }
    }

    private void importLocalStory() {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath:demo/mill-street/*.html");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    documents.importFile(file.getFilename(), in.readAllBytes(), ACTOR); // a duplicate is skipped
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String SEEDS_GUIDELINES = """
            # Labelling statements about the Taliban and ISIS-K

            Label **what the outlet asserts**, not what you believe.

            - **Confirmed**: the outlet states it as fact, or attributes it to a named, on-the-record source.
            - **Unconfirmed**: hedged ("reportedly", "unconfirmed reports", "is thought to"), anonymous, or a
              claim by a party to the conflict that nobody independent has checked.
            - **Disputed**: the outlet itself reports a denial or a contradicting account.

            Figures: label the figure as given ("between 500 and 1,200 fighters"); link the other outlets'
            figures to the same claim, even when they differ.

            Write who says it in *Attribution*, and one sentence of rationale.
            """;

    static final String LOCAL_GUIDELINES = """
            # Casualty figures in a breaking story

            - Official tolls (police, fire service) attributed by name: **confirmed**.
            - Volunteers', witnesses' and social-media figures: **unconfirmed**.
            - A figure another outlet contradicts: link both to one claim; the editor decides.
            """;
}
