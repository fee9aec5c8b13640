package org.credence.annotation;

/** A statement id that does not exist (any more). */
public class StatementNotFoundException extends RuntimeException {

    public StatementNotFoundException(long id) {
        super("Statement " + id + " does not exist.");
    }
}
