package org.credence.annotation;

import java.time.Instant;

/** A statement as views and the API see it; offsets in code points. */
public record StatementView(long id, long documentId, int start, int end, String quote, Label label, String author,
        Instant createdAt) {

    static StatementView of(Statement s) {
        return new StatementView(s.getId(), s.getDocument().getId(), s.getStart(), s.getEnd(), s.getQuote(),
                s.getLabel(), s.getAuthor(), s.getCreatedAt());
    }
}
