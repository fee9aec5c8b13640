package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.AbstractServiceTest;
import org.credence.document.DocumentService;
import org.credence.project.ActingProject;
import org.credence.project.ProjectService;
import org.credence.project.ProjectView;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's two projects: the seeds in "ISIS-K, August 2021" with the whole team, assigned to both
 * reviewers; a small local story only reviewer2 and editor belong to; a restart changes nothing.
 */
@ActiveProfiles({"test", "demo"})
@TestPropertySource(
        properties = {
            "credence.import.import-seeds=true",
            "spring.datasource.url=jdbc:h2:mem:credence-demo-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class DemoProjectsTest extends AbstractServiceTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    DocumentService documents;

    @Autowired
    ProjectService projects;

    @Autowired
    ActingProject acting;

    @Autowired
    DemoProjects demo;

    @Test
    void the_seeds_project_has_the_team_and_the_local_story_only_reviewer2_and_editor() {
        long seeds = acting.named(DemoProjects.SEEDS_PROJECT).orElseThrow();
        long local = acting.named(DemoProjects.LOCAL_PROJECT).orElseThrow();

        for (String reviewer : new String[] {"reviewer1", "reviewer2"}) {
            signInTo(seeds, reviewer, Role.REVIEWER);
            assertThat(assignments.myQueue()).as(reviewer).hasSize(5);
            assertThat(documents.count()).isEqualTo(5);
        }
        signInTo(local, "reviewer2", Role.REVIEWER);
        assertThat(assignments.myQueue()).hasSize(3);
        assertThat(documents.count()).isEqualTo(3);

        signIn("reviewer1", Role.REVIEWER);
        assertThat(projects.mine()).extracting(ProjectView::name).doesNotContain(DemoProjects.LOCAL_PROJECT);
        assertThat(acting.startingProject(
                        context.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                                .getContext()
                                .getAuthentication()))
                .isEqualTo(seeds);
        assertThat(projects.guidelines(seeds).body()).contains("Unconfirmed");
        signInTo(seeds, "editor", Role.EDITOR);
        assertThat(documents
                        .list(org.springframework.data.domain.PageRequest.of(0, 10))
                        .getContent())
                .as("the publishers the seeds name themselves; the others stay unknown")
                .extracting(
                        org.credence.document.DocumentSummary::originalFileName,
                        org.credence.document.DocumentSummary::source)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("000_244b2b9ce906f99e.txt", "The Telegraph"),
                        org.assertj.core.groups.Tuple.tuple("001_f113e6a3b938ad3c.txt", "ITV News"),
                        org.assertj.core.groups.Tuple.tuple("002_1a7f90548226c347.txt", ""),
                        org.assertj.core.groups.Tuple.tuple("003_d6d6020e59357bc8.txt", "NationalWorld"),
                        org.assertj.core.groups.Tuple.tuple("004_511a809760d97446.txt", ""));

        demo.run(null);

        signInTo(seeds, "reviewer1", Role.REVIEWER);
        assertThat(assignments.myQueue()).hasSize(5);
        signInTo(local, "reviewer2", Role.REVIEWER);
        assertThat(documents.count()).isEqualTo(3);
    }
}
