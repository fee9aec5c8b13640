package org.credence.annotation;

/**
 * What happened to statements, published inside the transaction that did it: listeners that write
 * (history, review) commit or roll back with the change itself.
 */
public final class StatementEvents {

    private StatementEvents() {}

    /** How a statement came to be, as its history names it. */
    public enum Origin {
        /** Its author highlighted it. */
        CREATED("created"),
        /** An editor restored it from an export; its author made it originally. */
        RESTORED("restored"),
        /** Whoever imported a later version of its article; its author made it on the earlier one. */
        CARRIED("carried over");

        private final String action;

        Origin(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }
    }

    /**
     * A statement was saved by {@code actor}: its author, or who restored or carried it over (then the
     * author is the reviewer who made it originally).
     */
    public record StatementCreated(StatementView after, String actor, Origin origin) {

        public StatementCreated(StatementView after) {
            this(after, after.author(), Origin.CREATED);
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
