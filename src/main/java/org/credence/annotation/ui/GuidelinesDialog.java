package org.credence.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import org.credence.project.GuidelinesView;

/** The guidelines over a statement dialog, where the side panel is out of reach. */
class GuidelinesDialog extends Dialog {

    final GuidelinesText text = new GuidelinesText();

    GuidelinesDialog(GuidelinesView guidelines) {
        setHeaderTitle("Guidelines");
        setId("guidelines-dialog");
        setWidth("44rem");
        text.show(guidelines);
        add(text);
        getFooter().add(new Anchor("projects", "Projects"), new Button("Close", e -> close()));
    }
}
