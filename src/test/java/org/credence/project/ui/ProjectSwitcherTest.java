package org.credence.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import java.util.UUID;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.project.ActingProject;
import org.credence.project.ProjectService;
import org.credence.project.ProjectView;
import org.credence.security.ProjectAuthentication;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The header's project switcher: it lists the person's projects, and choosing one puts the session in it. */
class ProjectSwitcherTest extends AbstractAppTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ActingProject acting;

    @Autowired
    DocumentService documents;

    @Test
    void a_member_switches_to_another_project_and_the_library_shows_its_documents_only() {
        login("admin", Role.ADMIN);
        ProjectView other = projects.create("Switch " + UUID.randomUUID(), null, null);
        projects.setMember(other.id(), "reviewer2", Set.of(Role.REVIEWER));
        org.credence.TestSecurity.signInTo(context, other.id(), "admin", Role.EDITOR);
        long inOther = TestCorpus.importText(documents, "Only in the other project.");

        login("reviewer2", Role.REVIEWER);
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Select<ProjectView> switcher = _get(Select.class, spec -> spec.withId("project-switcher"));
        assertThat(switcher.getListDataView().getItems().map(ProjectView::name))
                .contains(ProjectService.DEFAULT_PROJECT, other.name());
        assertThat(switcher.getValue().name()).isEqualTo(ProjectService.DEFAULT_PROJECT);

        HasValueUtilsKt._setValue(
                switcher,
                switcher.getListDataView()
                        .getItems()
                        .filter(p -> p.id() == other.id())
                        .findFirst()
                        .orElseThrow());

        SecurityContext now =
                context.getBean(SecurityContextHolderStrategy.class).getContext();
        assertThat(now.getAuthentication()).isInstanceOfSatisfying(ProjectAuthentication.class, a -> {
            assertThat(a.projectId()).isEqualTo(other.id());
            assertThat(a.rolesInProject()).containsExactly(Role.REVIEWER);
        });
        assertThat(VaadinSession.getCurrent()
                        .getSession()
                        .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("later requests and push find it in the session")
                .isSameAs(now);
        assertThat(acting.startingProject(now.getAuthentication()))
                .as("remembered for the next sign-in")
                .isEqualTo(other.id());

        UI.getCurrent().navigate("sources");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<DocumentSummary> library = _get(Grid.class, spec -> spec.withId("documents"));
        assertThat(GridKt._size(library)).isEqualTo(1);
        assertThat(GridKt._get(library, 0).id()).isEqualTo(inOther);
    }

    @Test
    void a_person_in_no_project_sees_an_empty_disabled_switcher() {
        login("nobody-" + UUID.randomUUID(), Role.REVIEWER);
        UI.getCurrent().navigate("sources");
        @SuppressWarnings("unchecked")
        Select<ProjectView> switcher = _get(Select.class, spec -> spec.withId("project-switcher"));
        assertThat(switcher.isEnabled()).isFalse();
        assertThat(switcher.getPlaceholder()).isEqualTo("No project yet");
    }

    @Test
    void a_project_created_in_the_projects_view_appears_in_the_switcher_at_once() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(ProjectsView.class);
        ProjectsView view = _get(ProjectsView.class);
        String name = "Fresh " + UUID.randomUUID();
        view.newName.setValue(name);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(view.create);

        @SuppressWarnings("unchecked")
        Select<ProjectView> switcher = _get(Select.class, spec -> spec.withId("project-switcher"));
        assertThat(switcher.getListDataView().getItems().map(ProjectView::name)).contains(name);
    }

    @Test
    void a_link_to_a_document_of_another_of_ones_projects_opens_it_there() {
        long inDefault = TestCorpus.importText(documents, "Linked headline\nThe toll rose to 15.");
        login("admin", Role.ADMIN);
        ProjectView other = projects.create("Link " + UUID.randomUUID(), null, null);
        projects.setMember(other.id(), "reviewer2", Set.of(Role.REVIEWER));
        SessionProject session = context.getBean(SessionProject.class);

        login("reviewer2", Role.REVIEWER);
        assertThat(session.switchTo(other.id())).isTrue();
        UI.getCurrent().navigate("documents/" + inDefault);

        // The page then reloads inside Default (Karibu cannot follow a reload: ProjectJourneyIT does).
        assertThat(session.id())
                .as("the session followed the link into Default")
                .isEqualTo(projects.defaultProjectId());
        assertThat(acting.startingProject(context.getBean(SecurityContextHolderStrategy.class)
                        .getContext()
                        .getAuthentication()))
                .as("and remembers it")
                .isEqualTo(projects.defaultProjectId());
    }
}
