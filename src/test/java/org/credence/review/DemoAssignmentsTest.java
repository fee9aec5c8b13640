package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.AbstractServiceTest;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** In the demo a reviewer signing in for the first time finds the seed articles in My queue. */
@ActiveProfiles({"test", "demo"})
@TestPropertySource(
        properties = {
            "credence.import.import-seeds=true",
            "spring.datasource.url=jdbc:h2:mem:credence-demo-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class DemoAssignmentsTest extends AbstractServiceTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    DemoAssignments demo;

    @Test
    void the_seeds_are_in_both_demo_reviewers_queues_and_a_restart_changes_nothing() {
        for (String reviewer : DemoAssignments.DEMO_REVIEWERS) {
            signIn(reviewer, Role.REVIEWER);
            assertThat(assignments.myQueue()).as(reviewer).hasSize(5);
        }

        demo.run(null);

        signIn("reviewer1", Role.REVIEWER);
        assertThat(assignments.myQueue()).hasSize(5);
    }
}
