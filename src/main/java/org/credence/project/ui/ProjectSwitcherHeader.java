package org.credence.project.ui;

import com.vaadin.flow.component.Component;
import org.credence.base.ui.HeaderContribution;
import org.credence.project.ActingProject;
import org.credence.project.ProjectService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Puts the {@link ProjectSwitcher} in the header of every view. */
@org.springframework.stereotype.Component
class ProjectSwitcherHeader implements HeaderContribution {

    private final ProjectService projects;
    private final ActingProject acting;
    private final SecurityContextHolderStrategy security;

    ProjectSwitcherHeader(
            ProjectService projects, ActingProject acting, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.projects = projects;
        this.acting = acting;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public Component create() {
        return new ProjectSwitcher(projects::mine, acting.id(), acting, security);
    }
}
