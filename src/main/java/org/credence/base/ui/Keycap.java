package org.credence.base.ui;

import com.vaadin.flow.component.html.Span;

/** A key as a keycap beside the action it triggers ("Decide [Enter]"); styled by {@code .cr-keycap}. */
public final class Keycap {

    private Keycap() {}

    public static Span of(String key) {
        Span cap = new Span(key);
        cap.addClassName("cr-keycap");
        return cap;
    }
}
