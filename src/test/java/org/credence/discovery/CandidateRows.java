package org.credence.discovery;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A candidate written straight into its tables, as a discovery run stores it: for tests that need one
 * without the embedding model (which the test profile leaves off).
 */
public final class CandidateRows {

    private CandidateRows() {}

    /** A place of a candidate: the words at {@code start} (code points) of the document. */
    public record Place(long documentId, int start, String exact, String presentation, String figures) {}

    /** Stores an open candidate with its places; returns its id. */
    public static long insert(JdbcTemplate jdbc, long projectId, String wording, String figureNote, Place... places) {
        jdbc.update(
                "insert into claim_candidate (version, project_id, status, wording, edited, documents, sources,"
                        + " figure_note, presentations, score, created_at) values (0, ?, 'OPEN', ?, false, ?, ?, ?,"
                        + " 'asserted,hedged', 9.5, current_timestamp)",
                projectId,
                wording,
                places.length,
                places.length,
                figureNote);
        long id =
                jdbc.queryForObject("select max(id) from claim_candidate where project_id = ?", Long.class, projectId);
        for (Place place : places) {
            jdbc.update(
                    "insert into claim_candidate_member (candidate_id, document_id, start_offset, end_offset, exact,"
                            + " presentation, figures, similarity) values (?, ?, ?, ?, ?, ?, ?, 0.7)",
                    id,
                    place.documentId(),
                    place.start(),
                    place.start()
                            + place.exact().codePointCount(0, place.exact().length()),
                    place.exact(),
                    place.presentation(),
                    place.figures());
        }
        return id;
    }
}
