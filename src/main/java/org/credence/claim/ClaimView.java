package org.credence.claim;

import java.time.Instant;
import java.util.List;
import org.credence.annotation.Label;

/**
 * A claim with its matrix of members. {@code status} is the editor's final call when there is one,
 * else the status derived from the members' verdicts.
 */
public record ClaimView(
        long id,
        long version,
        String wording,
        String createdBy,
        Instant createdAt,
        List<ClaimMemberView> members,
        Label derivedStatus,
        Label finalLabel,
        String finalNote,
        String finalBy,
        Instant finalAt,
        List<FigureConflict> conflicts) {

    public Label status() {
        return finalLabel != null ? finalLabel : derivedStatus;
    }

    public boolean conflicting() {
        return !conflicts.isEmpty();
    }

    public long sourceCount() {
        return members.stream()
                .map(m -> m.sourceId() != null ? "s" + m.sourceId() : "d" + m.documentId())
                .distinct()
                .count();
    }
}
