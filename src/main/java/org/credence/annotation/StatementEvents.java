package org.credence.annotation;

/**
 * What happened to statements, published inside the transaction that did it: listeners that write
 * (history, review) commit or roll back with the change itself.
 */
public final class StatementEvents {

    private StatementEvents() {}

    /**
     * A statement was saved by {@code actor}: its author, or the editor who restored it from an export
     * ({@code restored}), in which case the author is the reviewer who made it originally.
     */
    public record StatementCreated(StatementView after, String actor, boolean restored) {

        public StatementCreated(StatementView after) {
            this(after, after.author(), false);
        }

        public long documentId() {
            return after.documentId();
        }

        public long statementId() {
            return after.id();
        }
    }

    /** A statement's details were changed by its author. */
    public record StatementChanged(StatementView before, StatementView after) {
        public long documentId() {
            return after.documentId();
        }

        public long statementId() {
            return after.id();
        }
    }

    /** A statement was deleted. */
    public record StatementDeleted(StatementView before) {
        public long documentId() {
            return before.documentId();
        }

        public long statementId() {
            return before.id();
        }
    }
}
