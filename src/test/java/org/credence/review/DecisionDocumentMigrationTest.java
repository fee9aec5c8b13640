package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V11 copies each existing decision's document from its statement, so upgraded databases export right. */
class DecisionDocumentMigrationTest {

    @Test
    void existing_decisions_get_their_statements_document() throws Exception {
        String url = "jdbc:h2:mem:credence-v11-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").target("10").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement()) {
            for (int d = 1; d <= 2; d++) {
                sql.execute("insert into document (id, version, title, sha256, text_sha256, text, char_count,"
                        + " imported_by, imported_at) values (" + d + ", 0, 'd" + d + "', 'sha" + d + "', 'tsha" + d
                        + "', 'Some text.', 10, 'admin', current_timestamp)");
            }
            sql.execute("insert into statement (id, version, document_id, start_offset, end_offset, quote, label,"
                    + " author, created_at) values (7, 0, 2, 0, 4, 'Some', 'CONFIRMED', 'ana', current_timestamp)");
            sql.execute("insert into statement_decision (version, statement_id, state, gold_label, decided_by)"
                    + " values (0, 7, 'APPROVED', 'CONFIRMED', 'editor')");

            Flyway.configure().dataSource(url, "sa", "").load().migrate();

            try (ResultSet row =
                    sql.executeQuery("select document_id from statement_decision where statement_id = 7")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1)).isEqualTo(2);
            }
        }
    }
}
