package org.credence.annotation.ui;

import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.InvalidSpanException;
import org.credence.annotation.Label;
import org.credence.annotation.NotYourStatementException;
import org.credence.annotation.StatementChangedException;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.base.ui.Notifications;

/**
 * The Reader's add, change and delete, each recorded for undo and each reporting failures as a
 * message instead of an error page. {@code onChange} receives (before, after); null for none.
 */
class StatementActions {

    /** Told of every change so the text and the list can follow. */
    interface ChangeListener {
        void changed(StatementView before, StatementView after);
    }

    private final AnnotationService annotations;
    private final ChangeListener onChange;
    private final UndoHistory history = new UndoHistory();

    StatementActions(AnnotationService annotations, ChangeListener onChange) {
        this.annotations = annotations;
        this.onChange = onChange;
    }

    List<StatementView> list(long documentId) {
        return annotations.listForDocument(documentId);
    }

    void add(long documentId, int start, int end, Label label) {
        add(documentId, start, end, StatementDetails.of(label));
    }

    /** Adds a statement with details (an accepted cue suggestion comes with presentation and attribution). */
    void add(long documentId, int start, int end, StatementDetails details) {
        try {
            StatementView saved = annotations.add(documentId, start, end, details, null);
            onChange.changed(null, saved);
            history.record(() -> undoAdd(saved));
            Notifications.success(details.label().title() + ": “" + abbreviate(saved.quote()) + "”");
        } catch (InvalidSpanException | IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** @return whether the change was saved; when not, the reviewer has been told why */
    boolean update(StatementView original, StatementDetails changed) {
        try {
            StatementView saved = annotations.update(original.id(), original.version(), changed);
            onChange.changed(original, saved);
            history.record(() -> undoUpdate(saved, original));
            Notifications.success("Saved.");
            return true;
        } catch (StatementChangedException | NotYourStatementException | IllegalArgumentException e) {
            Notifications.error(e.getMessage());
            return false;
        }
    }

    void delete(StatementView statement) {
        try {
            annotations.delete(statement.id(), statement.version());
            onChange.changed(statement, null);
            history.record(() -> undoDelete(statement));
            Notifications.info("Deleted “" + abbreviate(statement.quote()) + "”. Ctrl+Z brings it back.");
        } catch (StatementChangedException | NotYourStatementException e) {
            Notifications.error(e.getMessage());
        }
    }

    void undo() {
        history.pop().ifPresentOrElse(action -> {
            try {
                Notifications.info(action.undo());
            } catch (StatementChangedException | NotYourStatementException | InvalidSpanException e) {
                Notifications.error("Could not undo: " + e.getMessage());
            }
        }, () -> Notifications.info("Nothing to undo."));
    }

    private String undoAdd(StatementView added) {
        annotations.delete(added.id(), added.version());
        onChange.changed(added, null);
        return "Undone: the " + added.label().title().toLowerCase() + " statement was removed.";
    }

    private String undoUpdate(StatementView current, StatementView previous) {
        StatementView restored = annotations.update(current.id(), current.version(), previous.details());
        onChange.changed(current, restored);
        return "Undone: the earlier details are back.";
    }

    private String undoDelete(StatementView deleted) {
        StatementView restored = annotations.add(deleted.documentId(), deleted.start(), deleted.end(),
                deleted.details(), deleted.quote());
        onChange.changed(null, restored);
        return "Undone: the statement is back.";
    }

    int undoable() {
        return history.size();
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 79) + "…";
    }
}
