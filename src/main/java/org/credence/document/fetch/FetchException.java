package org.credence.document.fetch;

/** A link that could not be fetched; the message says why, for the person who pasted it. */
public class FetchException extends Exception {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
