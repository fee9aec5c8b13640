package org.credence.annotation;

/** Someone changed or deleted the statement since the caller read it: nothing was overwritten. */
public class StatementChangedException extends RuntimeException {

    public StatementChangedException(String message) {
        super(message);
    }
}
