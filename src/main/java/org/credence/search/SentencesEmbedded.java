package org.credence.search;

/**
 * A document's sentences have been embedded and are in this node's vector index (claim discovery follows).
 *
 * @param reembedded the document had vectors of an earlier model (an upgrade re-embeds the whole library:
 *     what was discovered with the earlier vectors stands until an editor runs discovery again, instead
 *     of one incremental discovery per document)
 */
public record SentencesEmbedded(long documentId, long projectId, boolean reembedded) {}
