package org.credence.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.credence.base.domain.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a project with {@link SyntheticCorpus} documents by plain inserts (no Tika): for benchmarks that
 * measure what comes after an import. Tops the project up to {@code count}; documents already there stay.
 */
public final class SyntheticDocuments {

    private SyntheticDocuments() {}

    /** The project's document ids, ascending, after topping it up to {@code count} generated documents. */
    public static List<Long> fill(JdbcTemplate jdbc, long project, int count, String checksumPrefix) {
        Integer existing =
                jdbc.queryForObject("select count(*) from document where project_id = ?", Integer.class, project);
        Timestamp now = Timestamp.from(Instant.parse("2026-12-03T00:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        for (int d = existing == null ? 0 : existing; d < count; d++) {
            String text = SyntheticCorpus.text(d);
            rows.add(new Object[] {
                project,
                "Report " + d,
                "report-" + d + ".txt",
                Sha256.of(checksumPrefix + d),
                Sha256.of(text),
                text,
                text.length(),
                now
            });
            if (rows.size() == 500 || d == count - 1) {
                jdbc.batchUpdate(
                        "insert into document (version, project_id, title, original_file_name, content_type,"
                                + " sha256, text_sha256, text, char_count, imported_by, imported_at)"
                                + " values (0, ?, ?, ?, 'text/plain', ?, ?, ?, ?, 'bench', ?)",
                        rows);
                rows.clear();
            }
        }
        return jdbc.queryForList("select id from document where project_id = ? order by id", Long.class, project);
    }
}
