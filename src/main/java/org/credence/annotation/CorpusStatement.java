package org.credence.annotation;

import java.time.Instant;

/** A statement with the document facts an export needs, read in one query. */
public record CorpusStatement(long statementId, long documentId, String documentTitle, String documentSha256, int start,
        int end, String quote, Label label, String author, Instant createdAt) {
}
