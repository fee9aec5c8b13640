package org.credence.annotation;

/** A statement span that cannot be saved; the message says why, for the person who chose it. */
public class InvalidSpanException extends RuntimeException {

    public InvalidSpanException(String message) {
        super(message);
    }
}
