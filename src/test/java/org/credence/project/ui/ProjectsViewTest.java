package org.credence.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.UUID;
import org.credence.AbstractAppTest;
import org.credence.project.MemberView;
import org.credence.project.ProjectService;
import org.credence.project.ProjectView;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Projects view: an administrator creates and staffs a project, its editor writes guidelines, a reviewer reads. */
class ProjectsViewTest extends AbstractAppTest {

    @Autowired
    ProjectService projects;

    @Test
    void an_administrator_creates_a_project_adds_an_editor_who_writes_guidelines_with_a_live_preview() {
        String name = "Council " + UUID.randomUUID().toString().substring(0, 8);
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(ProjectsView.class);
        ProjectsView view = _get(ProjectsView.class);

        view.newName.setValue(name);
        _click(view.create);
        ProjectView created = view.grid.asSingleSelect().getValue();
        assertThat(created.name()).isEqualTo(name);
        ProjectView working = view.grid
                .getGenericDataView()
                .getItems()
                .filter(p -> p.id() == projects.acting().id())
                .findFirst()
                .orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(view.grid.getColumnByKey("name"), working))
                .as("the project the header's switcher has chosen is marked")
                .endsWith(" — you are working here");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(view.grid.getColumnByKey("name"), created))
                .isEqualTo(name);
        assertThat(view.sides.getSelectedIndex()).as("guidelines first").isZero();
        view.sides.setSelectedIndex(1);
        view.memberName.setValue("editor");
        view.memberRoles.setValue(Set.of(Role.EDITOR));
        _click(view.saveMember);
        assertThat(projects.members(created.id())).containsExactly(new MemberView("editor", Set.of(Role.EDITOR)));

        login("editor", Role.EDITOR);
        UI.getCurrent().navigate("sources"); // away and back: a new view for the new user
        UI.getCurrent().navigate(ProjectsView.class);
        view = _get(ProjectsView.class);
        view.grid.select(view.grid
                .getGenericDataView()
                .getItems()
                .filter(p -> p.id() == created.id())
                .findFirst()
                .orElseThrow());
        view.guidelines.setValue("# Labels\n\n<b>bold</b> **Confirmed**: two sources.");
        assertThat(view.preview.getElement().getOuterHTML())
                .contains("<h1>Labels</h1>", "<strong>Confirmed</strong>", "&lt;b&gt;bold");
        _click(view.saveGuidelines);

        assertThat(projects.guidelines(created.id()).revision()).isEqualTo(1);
        assertThat(view.revision.getText()).startsWith("Revision 1 by editor");
        assertThat(view.create.getParent().orElseThrow().isVisible())
                .as("only administrators create")
                .isFalse();
    }

    @Test
    void a_reviewer_reads_a_project_but_cannot_change_it() {
        login("admin", Role.ADMIN);
        ProjectView created = projects.create("Read " + UUID.randomUUID(), null, null);
        projects.setMember(created.id(), "reviewer2", Set.of(Role.REVIEWER));

        login("reviewer2", Role.REVIEWER);
        UI.getCurrent().navigate(ProjectsView.class);
        ProjectsView view = _get(ProjectsView.class);
        view.grid.select(view.grid
                .getGenericDataView()
                .getItems()
                .filter(p -> p.id() == created.id())
                .findFirst()
                .orElseThrow());

        assertThat(view.guidelines.isReadOnly()).isTrue();
        assertThat(view.saveGuidelines.isVisible()).isFalse();
        assertThat(view.saveMember.isVisible()).isFalse();
        assertThat(view.name.isReadOnly()).isTrue();
    }
}
