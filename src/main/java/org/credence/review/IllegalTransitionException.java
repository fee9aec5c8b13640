package org.credence.review;

/** A decision that the statement's current state does not allow. */
public class IllegalTransitionException extends IllegalArgumentException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
