package org.credence.claim;

/** A claim as a pick list names it: its id and wording, without its members. */
public record ClaimTitle(long id, String wording) {}
