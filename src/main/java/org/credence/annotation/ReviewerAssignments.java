package org.credence.annotation;

/**
 * The signed-in reviewer's assignment of a document, as the Reader needs it for blind review: whether
 * marking it done is theirs to do, and doing it. Implemented by the review feature (assignments);
 * annotation only asks.
 */
public interface ReviewerAssignments {

    /** True when the document is assigned to the signed-in user and they have not marked it done. */
    boolean awaitsMyDone(long documentId);

    /**
     * Marks the document done for the signed-in reviewer: in blind mode they then see the others' labels.
     *
     * @throws IllegalArgumentException when it is not assigned to them
     */
    void markDone(long documentId);
}
