package org.credence.annotation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.InvalidSpanException;
import org.credence.annotation.Label;
import org.credence.annotation.NotYourStatementException;
import org.credence.annotation.StatementChangedException;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementNotFoundException;
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
    /**
     * The last state this Reader saved of each statement it changed: an undo applies to that, not to
     * the version the undone step saw, so undoing a chain of one's own steps never meets one's own
     * later change as a "conflict". A change made anywhere else still makes the undo refuse.
     */
    private final Map<Long, StatementView> latest = new HashMap<>();
    /** Statements made again by undoing a delete: old id → new id, so earlier steps still find them. */
    private final Map<Long, Long> remadeAs = new HashMap<>();

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
            remember(saved);
            onChange.changed(null, saved);
            history.record(() -> undoAdd(saved));
            // No message: the highlight appearing says it (a toast per label stacked over the text).
        } catch (InvalidSpanException | IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** @return whether the change was saved; when not, the reviewer has been told why */
    boolean update(StatementView original, StatementDetails changed) {
        try {
            StatementView saved = annotations.update(original.id(), original.version(), changed);
            remember(saved);
            onChange.changed(original, saved);
            history.record(() -> undoUpdate(saved, original));
            return true;
        } catch (StatementChangedException
                | StatementNotFoundException
                | NotYourStatementException
                | IllegalArgumentException e) {
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
        } catch (StatementChangedException | StatementNotFoundException | NotYourStatementException e) {
            Notifications.error(e.getMessage());
        }
    }

    void undo() {
        history.pop()
                .ifPresentOrElse(
                        action -> {
                            try {
                                Notifications.info(action.undo());
                            } catch (StatementChangedException
                                    | StatementNotFoundException
                                    | NotYourStatementException
                                    | InvalidSpanException e) {
                                Notifications.error("Could not undo: " + e.getMessage());
                            }
                        },
                        () -> Notifications.info("Nothing to undo."));
    }

    private String undoAdd(StatementView added) {
        StatementView now = latest(added);
        annotations.delete(now.id(), now.version());
        latest.remove(now.id());
        onChange.changed(now, null);
        return "Undone: the " + added.label().title().toLowerCase() + " statement was removed.";
    }

    private String undoUpdate(StatementView saved, StatementView previous) {
        StatementView now = latest(saved);
        StatementView restored = annotations.update(now.id(), now.version(), previous.details());
        remember(restored);
        onChange.changed(now, restored);
        return "Undone: the earlier details are back.";
    }

    private String undoDelete(StatementView deleted) {
        StatementView restored = annotations.add(
                deleted.documentId(), deleted.start(), deleted.end(), deleted.details(), deleted.quote());
        remadeAs.put(deleted.id(), restored.id());
        remember(restored);
        onChange.changed(null, restored);
        return "Undone: the statement is back.";
    }

    private void remember(StatementView saved) {
        latest.put(saved.id(), saved);
    }

    /** The statement as this Reader last saved it, following it if an undone delete made it again. */
    private StatementView latest(StatementView recorded) {
        long id = recorded.id();
        while (remadeAs.containsKey(id)) {
            id = remadeAs.get(id);
        }
        return latest.getOrDefault(id, recorded);
    }

    int undoable() {
        return history.size();
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 79) + "…";
    }
}
