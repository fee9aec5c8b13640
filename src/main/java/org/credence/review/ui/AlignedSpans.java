package org.credence.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.credence.annotation.Label;
import org.credence.annotation.StatementDetails;
import org.credence.review.ReviewGroup;

/**
 * A unit's text once per reviewer, each line with that reviewer's selection marked and the rest
 * dimmed, one under the other, so an editor sees where the boundaries differ at a glance; under each,
 * the reviewer's presentation, attribution and rationale. All text is set as text, never as markup.
 */
class AlignedSpans extends Div {

    AlignedSpans() {
        setId("decision-spans");
        addClassName("cr-aligned");
    }

    void show(ReviewGroup group, Map<Long, StatementDetails> details) {
        removeAll();
        int[] text = group.quote().codePoints().toArray();
        for (ReviewGroup.Entry entry : group.entries()) {
            int from = Math.max(0, entry.start() - group.start());
            int to = Math.min(text.length, entry.end() - group.start());
            Div line = new Div();
            line.addClassName("cr-aligned-line");
            Span who = new Span(new Span(entry.author() + " "), badge(entry.label()));
            who.addClassName("cr-aligned-who");
            line.add(who, part(text, 0, from, false), part(text, from, to, true), part(text, to, text.length, false));
            add(line);
            String why = why(details.get(entry.statementId()));
            if (!why.isEmpty()) {
                Div reasons = new Div(why);
                reasons.addClassName("cr-aligned-why");
                add(reasons);
            }
        }
    }

    /** A label as the Reader colours it. */
    static Span badge(Label label) {
        Span badge = new Span(label.title());
        badge.addClassNames("cr-badge", "cr-" + label.code());
        return badge;
    }

    /** "Hedged · according to the UN (“estimated”) · UN monitoring report"; empty without details. */
    static String why(StatementDetails details) {
        if (details == null) {
            return "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (details.presentation() != null) {
            parts.add(details.presentation().title());
        }
        if (details.attributionSource() != null) {
            parts.add("according to " + details.attributionSource()
                    + (details.attributionCue() == null ? "" : " (“" + details.attributionCue() + "”)"));
        }
        if (details.rationale() != null && !details.rationale().isBlank()) {
            parts.add(details.rationale().strip());
        }
        return String.join(" · ", parts);
    }

    private static Span part(int[] text, int from, int to, boolean selected) {
        Span part = new Span(new String(text, from, Math.max(0, to - from)));
        part.addClassName(selected ? "cr-aligned-selected" : "cr-aligned-outside");
        return part;
    }
}
