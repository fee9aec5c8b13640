package org.credence.search;

/** What the sentence index needs of a document. */
public record IndexedDocument(long id, Long sourceId, String text) {}
