package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** A fresh database for each test, so the balance of assignments and the blind-mode setting are its own. */
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:credence-assignments-${random.uuid};DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AssignmentServiceTest extends AbstractServiceTest {

    static final List<String> REVIEWERS = List.of("reviewer1", "reviewer2", "reviewer3");

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewSettings settings;

    @Autowired
    org.credence.security.UserAccountService accounts;

    @Autowired
    org.credence.project.ProjectService projects;

    @Test
    void automatic_assignment_gives_each_document_n_reviewers_and_balances_the_load() {
        for (int i = 0; i < 3; i++) {
            TestCorpus.importText(documents, "Document " + i);
        }
        signIn("admin", Role.ADMIN);
        accounts.create("reviewer3", "Reviewer Three", "a long enough password", java.util.Set.of(Role.REVIEWER));
        signIn("editor", Role.EDITOR);

        assertThat(assignments.assignAutomatically(REVIEWERS, 2)).isEqualTo(6);
        assertThat(assignments.assignAutomatically(REVIEWERS, 2))
                .as("nothing twice")
                .isZero();

        for (String reviewer : REVIEWERS) {
            signIn(reviewer, Role.REVIEWER);
            assertThat(assignments.myQueue()).as(reviewer).hasSize(2);
        }
        assertThatThrownBy(() -> {
                    signIn("editor", Role.EDITOR);
                    assignments.assignAutomatically(REVIEWERS, 4);
                })
                .hasMessage("Choose between 1 and 3 reviewers per document (there are 3 reviewers).");
    }

    @Test
    void what_the_editor_leaves_open_comes_from_the_project_its_reviewers_and_reviewers_per_document() {
        signIn("admin", Role.ADMIN);
        accounts.create("reviewer3", "Reviewer Three", "a long enough password", java.util.Set.of(Role.REVIEWER));
        var project = projects.create(
                "Assigned by its settings", null, new org.credence.project.ProjectSettings(true, 1, false, ""));
        projects.setMember(project.id(), "reviewer1", java.util.Set.of(Role.REVIEWER));
        projects.setMember(project.id(), "reviewer2", java.util.Set.of(Role.REVIEWER));
        projects.setMember(project.id(), "editor", java.util.Set.of(Role.EDITOR));
        signInTo(project.id(), "editor", Role.EDITOR);
        TestCorpus.importText(documents, "First document of the project");
        TestCorpus.importText(documents, "Second document of the project");

        assertThat(projects.actingMembersWith(Role.REVIEWER))
                .as("reviewer3 reviews in Default only")
                .containsExactly("reviewer1", "reviewer2");
        assertThat(settings.reviewersPerDocument()).isEqualTo(1);
        assertThat(assignments.assignAutomatically((List<String>) null, (Integer) null))
                .as("two documents, one reviewer each")
                .isEqualTo(2);

        for (String reviewer : List.of("reviewer1", "reviewer2")) {
            signInTo(project.id(), reviewer, Role.REVIEWER);
            assertThat(assignments.myQueue()).as(reviewer).hasSize(1);
        }
    }

    @Test
    void only_an_active_reviewer_account_can_be_given_an_existing_document() {
        long documentId = TestCorpus.importText(documents, "Assigned with care.");
        signIn("editor", Role.EDITOR);

        assertThatThrownBy(() -> assignments.assign(documentId, "ghost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no account 'ghost'.");
        assertThatThrownBy(() -> assignments.assign(documentId, "researcher"))
                .hasMessage("'researcher' is not a reviewer in this project.");
        assertThatThrownBy(() -> assignments.assign(987_654, "reviewer1"))
                .isInstanceOf(org.credence.document.DocumentNotFoundException.class);
        assertThatThrownBy(() -> assignments.assignAutomatically(List.of("reviewer1", "ghost"), 1))
                .hasMessage("There is no account 'ghost'.");
        assertThat(assignments.reviewersOf(documentId)).isEmpty();
    }

    @Test
    void blind_mode_hides_other_reviewers_labels_until_the_reviewer_marks_the_document_done() {
        long documentId = TestCorpus.importText(documents, "The commander was executed.");
        signIn("editor", Role.EDITOR);
        assignments.assign(documentId, "reviewer1");
        assignments.assign(documentId, "reviewer2");
        signIn("reviewer1", Role.REVIEWER);
        StatementView mine = annotations.add(documentId, 0, 13, Label.CONFIRMED);
        signIn("reviewer2", Role.REVIEWER);
        StatementView theirs = annotations.add(documentId, 0, 13, Label.DISPUTED);

        assertThat(annotations.listForDocument(documentId)).containsExactly(theirs);
        assertThat(assignments.myQueue()).singleElement().satisfies(a -> {
            assertThat(a.myStatements()).isEqualTo(1);
            assertThat(a.done()).isFalse();
        });

        assignments.markDone(documentId);

        assertThat(annotations.listForDocument(documentId)).containsExactly(mine, theirs);
        assertThat(assignments.myQueue().get(0).done()).isTrue();
    }

    @Test
    void with_blind_mode_off_reviewers_see_each_other_at_once() {
        long documentId = TestCorpus.importText(documents, "Open labelling.");
        signIn("editor", Role.EDITOR);
        settings.setBlindMode(false);
        signIn("reviewer1", Role.REVIEWER);
        StatementView mine = annotations.add(documentId, 0, 4, Label.CONFIRMED);
        signIn("reviewer2", Role.REVIEWER);

        assertThat(annotations.listForDocument(documentId)).containsExactly(mine);
    }

    @Test
    void a_reviewer_cannot_mark_someone_elses_document_done() {
        long documentId = TestCorpus.importText(documents, "Not yours.");
        signIn("reviewer3", Role.REVIEWER);

        assertThatThrownBy(() -> assignments.markDone(documentId)).hasMessage("This document is not assigned to you.");
    }
}
