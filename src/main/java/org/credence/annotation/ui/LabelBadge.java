package org.credence.annotation.ui;

import com.vaadin.flow.component.html.Span;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;

/** A label as text with its colour and pattern, never colour alone. */
class LabelBadge extends Span {

    LabelBadge(StatementView statement) {
        this(statement.label());
    }

    LabelBadge(Label label) {
        super(label.title());
        addClassNames("cr-badge", "cr-" + label.code());
    }
}
