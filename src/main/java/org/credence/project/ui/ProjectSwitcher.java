package org.credence.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import org.credence.base.ui.Notifications;
import org.credence.project.ProjectView;

/**
 * The header's choice of project: every view shows the chosen project only. Choosing another puts the
 * session in it (with the person's roles there), remembers it for the next sign-in and reloads the
 * page, so no view keeps showing the previous project's documents.
 */
class ProjectSwitcher extends Select<ProjectView> {

    private final java.util.function.Supplier<List<ProjectView>> mine;
    private final long actingId;
    private final SessionProject session;

    ProjectSwitcher(java.util.function.Supplier<List<ProjectView>> mine, long actingId, SessionProject session) {
        this.mine = mine;
        this.actingId = actingId;
        this.session = session;
        setId("project-switcher");
        addClassName("cr-project-switcher");
        setAriaLabel("Project");
        setItemLabelGenerator(ProjectView::name);
        setEmptySelectionAllowed(false);
        setTooltipText("The project you work in: every view shows its documents only");
        list();
        // A project created or renamed in the Projects view appears without reloading the page.
        addAttachListener(e -> {
            com.vaadin.flow.shared.Registration listening = com.vaadin.flow.component.ComponentUtil.addListener(
                    e.getUI(), ProjectsChanged.class, changed -> list());
            addDetachListener(detached -> {
                listening.remove();
                detached.unregisterListener();
            });
        });
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null || Objects.equals(e.getValue(), e.getOldValue())) {
                return;
            }
            if (e.getValue().id() == actingId) {
                return;
            }
            if (session.switchTo(e.getValue().id())) {
                UI.getCurrent().getPage().executeJs("window.location.assign(document.baseURI)");
            } else {
                Notifications.error(
                        "Project " + e.getValue().id() + " does not exist. You may have been removed from it.");
                setValue(e.getOldValue());
            }
        });
    }

    private void list() {
        List<ProjectView> projects = mine.get();
        setItems(projects);
        setPlaceholder(projects.isEmpty() ? "No project yet" : "Choose a project");
        projects.stream().filter(p -> p.id() == actingId).findFirst().ifPresent(this::setValue);
        setEnabled(!projects.isEmpty());
    }
}
