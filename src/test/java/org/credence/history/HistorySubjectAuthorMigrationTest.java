package org.credence.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V12 gives every existing history line the author of the statement it is about, so blind review can
 * hide lines about others' work after an upgrade: the living statement's author, or for a deleted
 * statement the actor of its creation (never the editor who decided it).
 */
class HistorySubjectAuthorMigrationTest {

    @Test
    void existing_lines_get_their_statements_author_even_when_the_statement_is_gone() throws Exception {
        String url = "jdbc:h2:mem:credence-v12-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").target("11").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute("insert into document (id, version, title, sha256, text_sha256, text, char_count,"
                    + " imported_by, imported_at) values (1, 0, 'd', 'sha', 'tsha', 'Some text.', 10, 'admin',"
                    + " current_timestamp)");
            sql.execute("insert into statement (id, version, document_id, start_offset, end_offset, quote, label,"
                    + " author, created_at) values (7, 0, 1, 0, 4, 'Some', 'CONFIRMED', 'ana', current_timestamp)");
            String line =
                    "insert into history_event (id, version, subject_type, subject_id, document_id, action, actor,"
                            + " occurred_at) values (%d, 0, 'statement', %d, 1, '%s', '%s', current_timestamp)";
            sql.execute(line.formatted(1, 7, "created", "ana"));
            sql.execute(line.formatted(2, 7, "decision: approved", "editor"));
            sql.execute(line.formatted(3, 8, "created", "bo"));
            sql.execute(line.formatted(4, 8, "decision: rejected", "editor"));
            sql.execute(line.formatted(5, 8, "deleted", "bo"));

            Flyway.configure().dataSource(url, "sa", "").load().migrate();

            Map<Long, String> authors = new LinkedHashMap<>();
            try (ResultSet rows = sql.executeQuery("select id, subject_author from history_event order by id")) {
                while (rows.next()) {
                    authors.put(rows.getLong(1), rows.getString(2));
                }
            }
            assertThat(authors)
                    .containsExactly(
                            Map.entry(1L, "ana"),
                            Map.entry(2L, "ana"),
                            Map.entry(3L, "bo"),
                            Map.entry(4L, "bo"),
                            Map.entry(5L, "bo"));
        }
    }
}
