package org.credence.discovery;

/** Where a candidate claim stands: proposed, accepted as a claim, or dismissed for good. */
public enum CandidateStatus {
    OPEN,
    ACCEPTED,
    DISMISSED
}
