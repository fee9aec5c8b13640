/**
 * The sentence index (Lucene) over every document's text: full-text and similar-sentence search.
 * <p>May use: base, security, document.
 */
package org.credence.search;
