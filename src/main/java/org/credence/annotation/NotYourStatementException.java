package org.credence.annotation;

/** Reviewers change and delete only the statements they made. */
public class NotYourStatementException extends RuntimeException {

    public NotYourStatementException(String author) {
        super("Only " + author + ", who made this statement, can change or delete it.");
    }
}
