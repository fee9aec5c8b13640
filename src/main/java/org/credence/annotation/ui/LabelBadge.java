package org.credence.annotation.ui;

import com.vaadin.flow.component.html.Span;
import org.credence.annotation.Label;

/** A label as text with its colour and pattern, never colour alone. */
public class LabelBadge extends Span {

    public LabelBadge(Label label) {
        super(label.title());
        addClassNames("cr-badge", "cr-" + label.code());
    }
}
