package org.credence.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.base.domain.NotPermittedException;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Projects: administrators create them, a project's editors manage it, non-members are told nothing. */
class ProjectServiceTest extends AbstractServiceTest {

    @Autowired
    ProjectService projects;

    ProjectView story;

    @BeforeEach
    void anAdministratorCreatesAProjectWithAnEditor() {
        signIn("admin", Role.ADMIN);
        story = projects.create("Flood " + UUID.randomUUID(), "Dam collapse coverage", null);
        projects.setMember(story.id(), "editor", Set.of(Role.EDITOR));
    }

    @Test
    void only_administrators_create_projects_and_names_are_unique() {
        assertThat(story.settings()).isEqualTo(ProjectSettings.DEFAULT);
        assertThat(story.createdBy()).isEqualTo("admin");
        assertThatThrownBy(() -> projects.create(story.name().toUpperCase(), null, null))
                .hasMessage("There is already a project named '" + story.name().toUpperCase() + "'.");
        assertThatThrownBy(() -> projects.create("  ", null, null)).hasMessage("A project needs a name.");
        signIn("editor", Role.EDITOR);
        assertThatThrownBy(() -> projects.create("Mine", null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_non_member_is_told_the_project_does_not_exist_and_never_sees_it_listed() {
        signIn("reviewer2", Role.REVIEWER);

        assertThatThrownBy(() -> projects.get(story.id()))
                .isInstanceOf(ProjectNotFoundException.class)
                .hasMessage("Project " + story.id() + " does not exist.");
        assertThatThrownBy(() -> projects.members(story.id())).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> projects.guidelines(story.id())).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> projects.setMember(story.id(), "reviewer2", Set.of(Role.EDITOR)))
                .isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> projects.get(Long.MAX_VALUE))
                .hasMessage("Project " + Long.MAX_VALUE + " does not exist.");
        assertThat(projects.mine()).extracting(ProjectView::id).doesNotContain(story.id());
    }

    @Test
    void the_projects_editor_manages_members_and_a_reviewer_there_may_not() {
        signIn("editor", Role.EDITOR);
        projects.setMember(story.id(), "reviewer2", Set.of(Role.REVIEWER));
        projects.setMember(story.id(), "researcher", Set.of(Role.RESEARCHER, Role.REVIEWER));
        projects.setMember(story.id(), "researcher", Set.of(Role.RESEARCHER));

        assertThat(projects.members(story.id()))
                .containsExactly(
                        new MemberView("editor", Set.of(Role.EDITOR)),
                        new MemberView("researcher", Set.of(Role.RESEARCHER)),
                        new MemberView("reviewer2", Set.of(Role.REVIEWER)));
        assertThatThrownBy(() -> projects.setMember(story.id(), "reviewer1", Set.of(Role.ADMIN)))
                .hasMessageStartingWith("A project's roles are reviewer, editor and researcher");
        assertThatThrownBy(() -> projects.setMember(story.id(), "nobody-" + UUID.randomUUID(), Set.of(Role.REVIEWER)))
                .hasMessageStartingWith("There is no account");
        assertThatThrownBy(() -> projects.setMember(story.id(), "reviewer1", Set.of()))
                .hasMessageStartingWith("Give at least one role");

        signIn("reviewer2", Role.REVIEWER);
        assertThat(projects.get(story.id()).myRoles()).containsExactly(Role.REVIEWER);
        assertThat(projects.mine()).extracting(ProjectView::id).contains(story.id());
        assertThatThrownBy(() -> projects.removeMember(story.id(), "researcher"))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only the project's editors and administrators manage a project.");

        signIn("editor", Role.EDITOR);
        projects.removeMember(story.id(), "reviewer2");
        signIn("reviewer2", Role.REVIEWER);
        assertThatThrownBy(() -> projects.get(story.id())).isInstanceOf(ProjectNotFoundException.class);
    }

    @Test
    void guidelines_are_versioned_and_a_stale_edit_is_refused() {
        signIn("editor", Role.EDITOR);
        assertThat(projects.guidelines(story.id()).revision()).isZero();

        GuidelinesView first = projects.writeGuidelines(story.id(), 0, "# Labels\n\n*Confirmed*: two sources.");
        GuidelinesView second =
                projects.writeGuidelines(story.id(), 1, "# Labels\n\n*Confirmed*: two independent sources.");

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.writtenBy()).isEqualTo("editor");
        assertThat(projects.guidelines(story.id()).body()).contains("independent");
        assertThat(projects.guidelinesHistory(story.id()))
                .extracting(GuidelinesView::revision)
                .containsExactly(2, 1);
        assertThatThrownBy(() -> projects.writeGuidelines(story.id(), 1, "Older edit"))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("revision 2, you read 1");
    }

    @Test
    void settings_change_with_the_version_read_and_stay_in_range() {
        signIn("editor", Role.EDITOR);
        ProjectView changed = projects.update(
                story.id(),
                story.version(),
                story.name(),
                "New description",
                new ProjectSettings(false, 3, false, "sources say"));

        assertThat(changed.settings()).isEqualTo(new ProjectSettings(false, 3, false, "sources say"));
        assertThatThrownBy(
                        () -> projects.update(story.id(), story.version(), story.name(), null, ProjectSettings.DEFAULT))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> new ProjectSettings(true, 0, true, null))
                .hasMessage("Reviewers per document must be between 1 and 20, not 0.");
    }

    @Autowired
    org.credence.security.UserAccountService accounts;

    @Test
    void until_features_are_scoped_every_account_works_in_default_with_its_roles() {
        signIn("admin", Role.ADMIN);
        String name = "mirror" + UUID.randomUUID().toString().substring(0, 8);
        var created = accounts.create(name, "Mirror", "a long enough password", Set.of(Role.REVIEWER, Role.ADMIN));
        long defaultId = projects.defaultProjectId();

        assertThat(projects.members(defaultId)).contains(new MemberView(name, Set.of(Role.REVIEWER)));
        var changed = accounts.update(created.id(), created.version(), "Mirror", Set.of(Role.EDITOR), true);
        assertThat(projects.members(defaultId)).contains(new MemberView(name, Set.of(Role.EDITOR)));
        accounts.update(changed.id(), changed.version(), "Mirror", Set.of(Role.EDITOR), false);
        assertThat(projects.members(defaultId)).extracting(MemberView::username).doesNotContain(name);
        assertThat(projects.members(defaultId)).extracting(MemberView::username).contains("reviewer1", "editor");
    }

    @Test
    void the_default_project_holds_what_existed_before_projects() {
        assertThat(projects.defaultProjectId()).isPositive();
        signIn("admin", Role.ADMIN);
        ProjectView defaultProject = projects.get(projects.defaultProjectId());
        assertThatThrownBy(() -> projects.update(
                        defaultProject.id(), defaultProject.version(), "Renamed", null, defaultProject.settings()))
                .hasMessage("The Default project keeps its name: imports find it by it.");
        assertThat(projects.mine())
                .extracting(ProjectView::name)
                .contains(ProjectService.DEFAULT_PROJECT, story.name());
    }
}
