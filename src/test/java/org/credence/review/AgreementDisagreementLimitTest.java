package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A large corpus: the report lists the first disagreements and counts them all; a document gives all its own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:credence-agreement-limit;DB_CLOSE_DELAY=-1")
class AgreementDisagreementLimitTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementService agreement;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void past_the_limit_the_report_keeps_the_first_in_text_order_and_the_document_gives_every_one() {
        int spans = AgreementService.SHOWN_DISAGREEMENTS + 5;
        String text = "x".repeat(spans + 1);
        long documentId = TestCorpus.importText(documents, text);
        // Two reviewers disagreeing on every one-character span, written in one batch: 2,010 statements.
        Timestamp now = Timestamp.from(Instant.parse("2026-11-27T00:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < spans; i++) {
            rows.add(new Object[] {documentId, i, i + 1, "x", "x", "x", "CONFIRMED", "reviewer1", now});
            rows.add(new Object[] {documentId, i, i + 1, "x", "x", "x", "DISPUTED", "reviewer2", now});
        }
        jdbc.batchUpdate(
                "insert into statement (version, project_id, document_id, start_offset, end_offset, quote, quote_prefix,"
                        + " quote_suffix, label, author, created_at) values (0, (select id from project where name = 'Default'), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        signIn("editor", Role.EDITOR);

        AgreementReport report = agreement.corpus();

        assertThat(report.disagreementCount()).isEqualTo(spans);
        assertThat(report.disagreements())
                .hasSize(AgreementService.SHOWN_DISAGREEMENTS)
                .extracting(AgreementReport.Unit::start)
                .startsWith(0, 1, 2)
                .isSorted();
        assertThat(report.documents())
                .singleElement()
                .satisfies(d -> assertThat(d.disagreements()).isEqualTo(spans));
        assertThat(agreement.disagreements(documentId)).hasSize(spans);
    }
}
