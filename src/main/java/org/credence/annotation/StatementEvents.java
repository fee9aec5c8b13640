package org.credence.annotation;

/**
 * What happened to statements, published inside the transaction that did it: listeners that write
 * (history, review) commit or roll back with the change itself.
 */
public final class StatementEvents {

    private StatementEvents() {
    }

    /** A statement was saved. */
    public record StatementCreated(StatementView after) {
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
