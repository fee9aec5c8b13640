package org.credence.document;

/** A document id that does not exist (any more). */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(long id) {
        super("Document " + id + " does not exist.");
    }
}
