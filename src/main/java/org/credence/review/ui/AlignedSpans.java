package org.credence.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.credence.review.ReviewGroup;

/**
 * A unit's text once per reviewer, each line with that reviewer's selection marked and the rest
 * dimmed, one under the other, so an editor sees where the boundaries differ at a glance. All text is
 * set as text, never as markup.
 */
class AlignedSpans extends Div {

    AlignedSpans() {
        setId("decision-spans");
        addClassName("cr-aligned");
    }

    void show(ReviewGroup group) {
        removeAll();
        int[] text = group.quote().codePoints().toArray();
        for (ReviewGroup.Entry entry : group.entries()) {
            int from = Math.max(0, entry.start() - group.start());
            int to = Math.min(text.length, entry.end() - group.start());
            Div line = new Div();
            line.addClassName("cr-aligned-line");
            Span who = new Span(entry.author() + " · " + entry.label().title());
            who.addClassName("cr-aligned-who");
            line.add(who, part(text, 0, from, false), part(text, from, to, true), part(text, to, text.length, false));
            add(line);
        }
    }

    private static Span part(int[] text, int from, int to, boolean selected) {
        Span part = new Span(new String(text, from, Math.max(0, to - from)));
        part.addClassName(selected ? "cr-aligned-selected" : "cr-aligned-outside");
        return part;
    }
}
