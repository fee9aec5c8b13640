/**
 * The sentence indexes (Lucene) over every document's text: full-text and similar-sentence search by
 * shared words, and by meaning (sentence embeddings, stored once, in an HNSW index on each node).
 * <p>May use: base, security, document, project.
 */
package org.credence.search;
