package org.credence.source;

/** One row of the Sources view. */
public record SourceSummary(long id, String name, String domain, long documentCount) {
}
