package org.credence.annotation;

import java.util.Collection;
import java.util.Set;

/**
 * Blind labelling: whether a reviewer may see other reviewers' statements on a document yet.
 * Implemented by the review feature (blind mode, assignments); annotation only asks, and only through
 * {@link StatementVisibility}, the one rule every read path goes through.
 */
public interface BlindReview {

    /** True when {@code reviewer} must see only their own statements on the document for now. */
    boolean hidesOthers(String reviewer, long documentId);

    /** The documents among {@code documentIds} on which {@code reviewer} must see only their own statements. */
    Set<Long> hidingOthers(String reviewer, Collection<Long> documentIds);
}
