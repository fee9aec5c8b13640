package org.credence.annotation;

/**
 * Blind labelling: whether a reviewer may see other reviewers' statements on a document yet.
 * Implemented by the review feature (blind mode, assignments); annotation only asks.
 */
public interface StatementVisibility {

    /** True when {@code reviewer} must see only their own statements on the document for now. */
    boolean hidesOthers(String reviewer, long documentId);
}
