package org.credence.review;

import java.time.Instant;

/** A comment as views and the API show it; {@code statementId} is null on the document's own thread. */
public record CommentView(long id, long documentId, Long statementId, String author, String body, Instant createdAt) {}
