package org.credence.claim;

/** What happened to claims, published inside the transaction that did it (history writes a line each). */
public final class ClaimEvents {

    private ClaimEvents() {}

    /**
     * A passage joined or left a claim. {@code member} is a snapshot of the member; {@code addedBy} is who
     * added it, whose work it shows (blind review decides by it).
     */
    public record MembershipChanged(
            long claimId, long documentId, boolean added, MemberSnapshot member, String addedBy, String actor) {}

    /** A claim member as the history keeps it. */
    public record MemberSnapshot(
            long memberId,
            long documentId,
            int start,
            int end,
            String exact,
            String presentation,
            Long statementId,
            String addedBy) {

        static MemberSnapshot of(ClaimMember m) {
            return new MemberSnapshot(
                    m.getId(),
                    m.getDocumentId(),
                    m.getStart(),
                    m.getEnd(),
                    m.getExact(),
                    m.getPresentation() == null ? null : m.getPresentation().code(),
                    m.getStatementId(),
                    m.getAddedBy());
        }
    }
}
