package org.credence.history;

import java.time.Instant;

/**
 * One line of history. {@code before} and {@code after} are JSON snapshots of the subject (null for
 * a creation's before and a deletion's after).
 */
public record HistoryEntry(
        long id,
        String subjectType,
        long subjectId,
        long documentId,
        String action,
        String actor,
        Instant occurredAt,
        String before,
        String after) {}
