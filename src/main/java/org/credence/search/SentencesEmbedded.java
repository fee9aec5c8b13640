package org.credence.search;

/** A document's sentences have been embedded and are in this node's vector index (claim discovery follows). */
public record SentencesEmbedded(long documentId, long projectId) {}
