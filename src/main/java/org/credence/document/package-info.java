/**
 * Import with Apache Tika into immutable plain text with provenance; the Library; originals; DocumentRef for other features to name a document without its text.
 * <p>May use: base, security, source. Only document.extract knows Tika. Statement counts come through StatementCounts, implemented by annotation.
 */
package org.credence.document;
