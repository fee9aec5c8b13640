package org.credence.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V14 moves an existing corpus into the project "Default", with every account a member in its roles; V15
 * gives its statements and claims that project.
 */
class ProjectsMigrationTest {

    @Test
    void existing_documents_and_accounts_move_into_the_default_project() throws Exception {
        String url = "jdbc:h2:mem:credence-v14-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").target("13").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute("insert into document (id, version, title, sha256, text_sha256, text, char_count,"
                    + " imported_by, imported_at) values (1, 0, 'd', 'sha', 'tsha', 'Some text.', 10, 'admin',"
                    + " current_timestamp)");
            String[][] accounts = {{"1", "ana", "REVIEWER"}, {"2", "bo", "EDITOR"}, {"3", "root", "ADMIN"}};
            for (String[] a : accounts) {
                sql.execute("insert into user_account (id, version, username, display_name, password_hash, active,"
                        + " created_at) values (" + a[0] + ", 0, '" + a[1] + "', '" + a[1] + "', 'x', true,"
                        + " current_timestamp)");
                sql.execute("insert into user_account_role values (" + a[0] + ", '" + a[2] + "')");
            }
            sql.execute("insert into user_account_role values (2, 'REVIEWER')");
            sql.execute("update review_setting set setting_value = 'false' where setting_name = 'blind-mode'");
            sql.execute("insert into statement (id, version, document_id, start_offset, end_offset, quote, label,"
                    + " author, created_at) values (7, 0, 1, 0, 4, 'Some', 'CONFIRMED', 'ana', current_timestamp)");
            sql.execute("insert into claim (id, version, wording, created_by, created_at) values (5, 0, 'w', 'bo',"
                    + " current_timestamp)");

            Flyway.configure().dataSource(url, "sa", "").load().migrate();

            long defaultId;
            try (ResultSet p = sql.executeQuery("select id, blind_mode from project where name = 'Default'")) {
                assertThat(p.next()).isTrue();
                defaultId = p.getLong(1);
                assertThat(p.getBoolean(2)).as("blind mode as it was").isFalse();
            }
            try (ResultSet d = sql.executeQuery("select project_id from document where id = 1")) {
                d.next();
                assertThat(d.getLong(1)).isEqualTo(defaultId);
            }
            // V15: statements and claims carry their project (a statement's is its document's).
            try (ResultSet st = sql.executeQuery("select project_id from statement where id = 7")) {
                st.next();
                assertThat(st.getLong(1)).isEqualTo(defaultId);
            }
            try (ResultSet c = sql.executeQuery("select project_id from claim where id = 5")) {
                c.next();
                assertThat(c.getLong(1)).isEqualTo(defaultId);
            }
            List<String> members = new ArrayList<>();
            try (ResultSet m = sql.executeQuery("select username, role from project_member order by username, role")) {
                while (m.next()) {
                    members.add(m.getString(1) + ":" + m.getString(2));
                }
            }
            assertThat(members)
                    .as("administrators are global")
                    .containsExactly("ana:REVIEWER", "bo:EDITOR", "bo:REVIEWER");

            // The same bytes in a second project are a second document there.
            sql.execute("insert into project (id, version, name, blind_mode, reviewers_per_document,"
                    + " reviewers_may_import, created_by, created_at) values (99, 0, 'Other', true, 2, true, 'root',"
                    + " current_timestamp)");
            sql.execute("insert into document (id, version, project_id, title, sha256, text_sha256, text, char_count,"
                    + " imported_by, imported_at) values (2, 0, 99, 'd', 'sha', 'tsha', 'Some text.', 10, 'root',"
                    + " current_timestamp)");
            try (ResultSet n = sql.executeQuery("select count(*) from document where sha256 = 'sha'")) {
                n.next();
                assertThat(n.getInt(1)).isEqualTo(2);
            }
        }
    }
}
