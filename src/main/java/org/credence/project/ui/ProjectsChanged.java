package org.credence.project.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** A project was created or renamed in this browser tab: the header's switcher lists them again. */
class ProjectsChanged extends ComponentEvent<UI> {

    ProjectsChanged(UI ui) {
        super(ui, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new ProjectsChanged(ui));
        }
    }
}
