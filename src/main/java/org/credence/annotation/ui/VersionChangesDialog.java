package org.credence.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.LongConsumer;
import org.credence.annotation.CarriedStatement;
import org.credence.document.VersionChanges;
import org.credence.document.WordDiff;

/**
 * The changes from the previous version, word by word (removed struck through, added underlined; long
 * unchanged stretches shortened), and the previous version's statements whose text changed or vanished.
 * Every piece of text is set as text, never as markup.
 */
class VersionChangesDialog extends Dialog {

    /** Characters of an unchanged stretch shown either side of the changes around it. */
    static final int CONTEXT = 160;

    final Div diff = new Div();
    final Div review = new Div();

    VersionChangesDialog(VersionChanges changes, List<CarriedStatement> outcomes, LongConsumer showStatement) {
        setHeaderTitle("Changes in version " + changes.number());
        setId("version-changes-dialog");
        setWidth("min(60rem, 95vw)");
        int words = changes.diff().changedWords();
        Paragraph intro = new Paragraph(
                words == 0
                        ? "The words are the same as in version " + (changes.number() - 1) + "; only spacing changed."
                        : words + (words == 1 ? " word" : " words") + " removed or added since version "
                                + (changes.number() - 1) + ". Removed text is struck through, added text underlined.");
        diff.setId("version-diff");
        diff.addClassName("cr-diff");
        List<WordDiff.Segment> segments = changes.diff().segments();
        for (int i = 0; i < segments.size(); i++) {
            diff.add(piece(segments.get(i), i == 0, i == segments.size() - 1));
        }
        add(intro, diff);
        List<CarriedStatement> toReview =
                outcomes.stream().filter(CarriedStatement::needsReview).toList();
        if (!toReview.isEmpty()) {
            review.setId("version-review");
            review.add(new H4("Statements to check"));
            toReview.forEach(c -> review.add(row(c, showStatement)));
            add(review);
        }
        Button close = new Button("Close", e -> close());
        close.setId("version-changes-close");
        getFooter().add(close);
    }

    private Span piece(WordDiff.Segment segment, boolean first, boolean last) {
        Span span = new Span();
        switch (segment.change()) {
            case REMOVED -> {
                span.addClassName("cr-diff-removed");
                span.getElement().setAttribute("title", "removed");
                span.setText(segment.text());
            }
            case ADDED -> {
                span.addClassName("cr-diff-added");
                span.getElement().setAttribute("title", "added");
                span.setText(segment.text());
            }
            case SAME -> span.setText(shortened(segment.text(), first, last));
        }
        return span;
    }

    /** An unchanged stretch keeps only the characters next to changes: what a reader needs to place them. */
    static String shortened(String text, boolean first, boolean last) {
        int keepBefore = first ? 0 : CONTEXT;
        int keepAfter = last ? 0 : CONTEXT;
        if (text.length() <= keepBefore + keepAfter + 40) {
            return text;
        }
        // Cut between code points, never inside a surrogate pair (an emoji would show as two broken halves).
        int head = keepBefore;
        if (head > 0 && Character.isLowSurrogate(text.charAt(head))) {
            head++;
        }
        int tail = text.length() - keepAfter;
        if (tail < text.length() && Character.isLowSurrogate(text.charAt(tail))) {
            tail--;
        }
        return text.substring(0, head) + " … " + text.substring(tail);
    }

    private Div row(CarriedStatement c, LongConsumer showStatement) {
        Div row = new Div();
        row.addClassName("cr-version-review-row");
        Span outcome = new Span(c.outcome().title());
        outcome.addClassName("cr-version-outcome");
        Span who = new Span(" · " + c.author() + " · " + c.label().title() + " · ");
        Span quote = new Span("“" + c.quote() + "”");
        quote.addClassName("cr-version-quote");
        row.add(outcome, who, quote);
        if (c.statementId() != null) {
            Button show = new Button("Show", e -> {
                close();
                showStatement.accept(c.statementId());
            });
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            row.add(new Span(" "), show);
        }
        return row;
    }
}
