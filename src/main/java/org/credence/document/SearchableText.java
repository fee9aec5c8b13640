package org.credence.document;

/** A document's stored text with its source: what full-text indexing needs, without the rest. */
public record SearchableText(long id, long projectId, Long sourceId, String text) {}
