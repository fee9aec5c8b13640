package org.credence.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A passage of one document: Unicode code-point offsets into its stored text, end exclusive. The
 * columns every span-holding table shares ({@code document_id, start_offset, end_offset}).
 */
@Embeddable
public record TextSpan(
        @Column(name = "document_id", nullable = false) long documentId,
        @Column(name = "start_offset", nullable = false) int start,
        @Column(name = "end_offset", nullable = false) int end) {

    /** @throws IllegalArgumentException for a negative start or an empty or reversed span */
    public TextSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A span needs 0 ≤ start < end, not " + start + "–" + end + ".");
        }
    }

    /** Whether the two share at least one character of the same document. */
    public boolean overlaps(long otherDocumentId, int otherStart, int otherEnd) {
        return documentId == otherDocumentId && start < otherEnd && otherStart < end;
    }

    public boolean overlaps(TextSpan other) {
        return overlaps(other.documentId, other.start, other.end);
    }
}
