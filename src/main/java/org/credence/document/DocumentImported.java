package org.credence.document;

/**
 * Published after a new document has been committed; {@code previousVersionId} names the document it is
 * a later version of (the same link imported again with other text), or is null.
 */
public record DocumentImported(long documentId, String title, Long previousVersionId) {

    public DocumentImported(long documentId, String title) {
        this(documentId, title, null);
    }
}
