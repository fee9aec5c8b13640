package org.credence.source;

import java.time.Instant;

/**
 * One row of the Sources view: the source, its document count and its Admiralty reliability grade
 * (A–F, null while ungraded) with why, by whom and when. {@code version} guards a regrading.
 */
public record SourceSummary(
        long id,
        long version,
        String name,
        String domain,
        long documentCount,
        Reliability reliability,
        String reliabilityRationale,
        String gradedBy,
        Instant gradedAt) {

    SourceSummary withDocumentCount(long count) {
        return new SourceSummary(
                id, version, name, domain, count, reliability, reliabilityRationale, gradedBy, gradedAt);
    }

    public SourceSummary(long id, String name, String domain, long documentCount) {
        this(id, 0, name, domain, documentCount, null, null, null, null);
    }
}
