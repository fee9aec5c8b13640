package org.credence.review;

/** One document in a reviewer's queue, with how far they got. */
public record MyAssignment(long documentId, String title, long myStatements, boolean done) {}
