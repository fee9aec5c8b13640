package org.credence.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.credence.annotation.ReviewerAssignments;
import org.credence.base.ui.Notifications;

/**
 * Tells a reviewer that blind review is on for the document they read, and offers "Mark done" beside
 * it when the document is theirs to finish (which shows them the other reviewers' labels).
 */
class BlindBanner extends Div {

    private final ReviewerAssignments assignments;
    private final Runnable afterDone;
    private final Span message = new Span();
    final Button done = new Button("Mark done");
    private long documentId;

    BlindBanner(ReviewerAssignments assignments, Runnable afterDone) {
        this.assignments = assignments;
        this.afterDone = afterDone;
        setId("blind-banner");
        addClassName("cr-blind-banner");
        message.setId("blind-banner-text");
        done.setId("blind-done");
        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> markDone());
        add(message, done);
        setVisible(false);
    }

    /** Shown only while the reader sees only their own labels on the document. */
    void show(long documentId, boolean onlyOwn) {
        this.documentId = documentId;
        setVisible(onlyOwn);
        if (!onlyOwn) {
            return;
        }
        boolean mine = assignments.awaitsMyDone(documentId);
        message.setText(
                mine
                        ? "Blind review: you see only your own labels until you mark this document done."
                        : "Blind review: you see only your own labels here; this document is not assigned to you, so"
                                + " the others' stay hidden.");
        done.setVisible(mine);
    }

    private void markDone() {
        try {
            assignments.markDone(documentId);
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
            return;
        }
        Notifications.success("Marked done. The other reviewers' labels are now shown.");
        setVisible(false);
        afterDone.run();
    }
}
