package org.credence.annotation;

/** What happened to statements, for live views and other features. */
public final class StatementEvents {

    private StatementEvents() {
    }

    /** Published after a statement was saved. */
    public record StatementCreated(long documentId, long statementId) {
    }

    /** Published after a statement's details were changed. */
    public record StatementChanged(long documentId, long statementId) {
    }

    /** Published after a statement was deleted. */
    public record StatementDeleted(long documentId, long statementId) {
    }
}
