package org.credence.document;

/** Published after a new document has been committed. */
public record DocumentImported(long documentId, String title) {}
