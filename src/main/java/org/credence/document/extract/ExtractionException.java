package org.credence.document.extract;

/** A file could not be turned into text; the message is shown to the person who imported it. */
public class ExtractionException extends Exception {

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
