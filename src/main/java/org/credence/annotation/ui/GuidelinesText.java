package org.credence.annotation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.credence.project.GuidelinesMarkdown;
import org.credence.project.GuidelinesView;

/**
 * A project's guidelines as a labeller reads them: rendered (the Markdown renderer escapes raw HTML, so
 * nothing an editor types runs in a reviewer's browser), with the revision in force and who wrote it.
 */
class GuidelinesText extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    final Paragraph revision = new Paragraph();

    GuidelinesText() {
        addClassName("cr-guidelines-text");
        revision.addClassName("cr-meta");
    }

    void show(GuidelinesView guidelines) {
        removeAll();
        if (guidelines.revision() == 0) {
            revision.setText("This project has no guidelines yet. Its editors write them in Projects.");
            add(revision);
        } else {
            revision.setText("Revision " + guidelines.revision() + ", " + guidelines.writtenBy() + ", "
                    + DAY.format(guidelines.writtenAt()));
            add(new Html(GuidelinesMarkdown.toHtml(guidelines.body())), revision);
        }
    }
}
