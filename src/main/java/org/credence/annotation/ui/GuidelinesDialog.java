package org.credence.annotation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.credence.project.GuidelinesMarkdown;
import org.credence.project.GuidelinesView;

/** The guidelines of the document's project, as the reader labels: rendered, with their revision. */
class GuidelinesDialog extends Dialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    final Paragraph revision = new Paragraph();

    GuidelinesDialog(GuidelinesView guidelines) {
        setHeaderTitle("Guidelines");
        setId("guidelines-dialog");
        setWidth("44rem");
        revision.addClassName("cr-meta");
        if (guidelines.revision() == 0) {
            revision.setText("This project has no guidelines yet. Its editors write them in Projects.");
            add(revision);
        } else {
            revision.setText("Revision " + guidelines.revision() + ", " + guidelines.writtenBy() + ", "
                    + DAY.format(guidelines.writtenAt()));
            add(new Html(GuidelinesMarkdown.toHtml(guidelines.body())), revision);
        }
        getFooter().add(new Anchor("projects", "Projects"), new Button("Close", e -> close()));
    }
}
