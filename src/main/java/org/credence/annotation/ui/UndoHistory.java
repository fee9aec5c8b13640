package org.credence.annotation.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The reviewer's recent actions in this Reader, newest first, each with the way to take it back. */
class UndoHistory {

    static final int LIMIT = 50;

    /** One thing that can be undone; {@code undo} says what it did, for the notification. */
    interface Action {
        String undo();
    }

    private final Deque<Action> actions = new ArrayDeque<>();

    void record(Action action) {
        actions.push(action);
        while (actions.size() > LIMIT) {
            actions.removeLast();
        }
    }

    Optional<Action> pop() {
        return Optional.ofNullable(actions.poll());
    }

    int size() {
        return actions.size();
    }
}
