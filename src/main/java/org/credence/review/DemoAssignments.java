package org.credence.review;

import java.util.List;
import org.credence.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo gives every document to both demo reviewers once, after the seed corpus is in, so a
 * newcomer signing in as reviewer1 finds work in My queue instead of an empty list. It does this only
 * while nobody has assigned anything, so an editor's own assignments are never changed by a restart.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAssignments implements ApplicationRunner {

    static final List<String> DEMO_REVIEWERS = List.of("reviewer1", "reviewer2");
    private static final Logger log = LoggerFactory.getLogger(DemoAssignments.class);

    private final AssignmentService assignments;
    private final AssignmentRepository repository;

    DemoAssignments(AssignmentService assignments, AssignmentRepository repository) {
        this.assignments = assignments;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        int made = SystemTask.runAs("demo set-up", () -> assignments.assignAutomatically(DEMO_REVIEWERS, 2));
        log.info("Demo: {} assignments, every document to {}", made, DEMO_REVIEWERS);
    }
}
