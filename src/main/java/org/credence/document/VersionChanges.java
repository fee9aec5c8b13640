package org.credence.document;

/** What changed from the previous version of an article to this one ({@code number}), word by word. */
public record VersionChanges(long previousId, long documentId, int number, WordDiff diff) {}
