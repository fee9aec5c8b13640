package org.credence.annotation;

import java.time.Instant;

/**
 * A statement as views and the API see it; offsets in code points. {@code version} goes back with
 * an edit so a concurrent change is detected instead of overwritten.
 */
public record StatementView(
        long id,
        long version,
        long documentId,
        int start,
        int end,
        String quote,
        String prefix,
        String suffix,
        StatementDetails details,
        String author,
        Instant createdAt,
        String modifiedBy,
        Instant modifiedAt) {

    static StatementView of(Statement s) {
        return new StatementView(
                s.getId(),
                s.getVersion(),
                s.getDocumentId(),
                s.getStart(),
                s.getEnd(),
                s.getQuote(),
                s.getPrefix(),
                s.getSuffix(),
                s.getDetails(),
                s.getAuthor(),
                s.getCreatedAt(),
                s.getModifiedBy(),
                s.getModifiedAt());
    }

    public Label label() {
        return details.label();
    }

    public Presentation presentation() {
        return details.presentation();
    }

    /** Whether {@code other} covers the same characters. */
    public boolean sameSpanAs(StatementView other) {
        return start == other.start && end == other.end;
    }
}
