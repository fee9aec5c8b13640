package org.credence.project.ui;

import com.vaadin.flow.component.Component;
import org.credence.base.ui.HeaderContribution;
import org.credence.project.ProjectService;

/** Puts the {@link ProjectSwitcher} in the header of every view. */
@org.springframework.stereotype.Component
class ProjectSwitcherHeader implements HeaderContribution {

    private final ProjectService projects;
    private final SessionProject session;

    ProjectSwitcherHeader(ProjectService projects, SessionProject session) {
        this.projects = projects;
        this.session = session;
    }

    @Override
    public Component create() {
        return new ProjectSwitcher(projects::mine, session.id(), session);
    }
}
