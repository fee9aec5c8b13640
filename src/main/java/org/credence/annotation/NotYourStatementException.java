package org.credence.annotation;

/** Reviewers change and delete only the statements they made. */
public class NotYourStatementException extends org.credence.base.domain.NotPermittedException {

    public NotYourStatementException(String author) {
        super("Only " + author + ", who made this statement, can change or delete it.");
    }
}
