package org.credence.document;

/**
 * Published inside the transaction that stores a later version of an article (the same link imported
 * again with other text), before it commits: what listeners write (the earlier version's statements
 * carried over) commits or rolls back with the document itself.
 */
public record VersionImported(long documentId, long previousVersionId) {}
