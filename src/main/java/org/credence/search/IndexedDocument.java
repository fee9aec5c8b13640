package org.credence.search;

/** What the sentence index needs of a document. */
public record IndexedDocument(long id, long projectId, Long sourceId, String text) {}
