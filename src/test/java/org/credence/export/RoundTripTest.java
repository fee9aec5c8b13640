package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.credence.TestCorpus;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.history.HistoryEntry;
import org.credence.history.HistoryService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Exported statements imported onto the same documents come back as they were. A fresh database per test. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:credence-round-trip-${random.uuid};DB_CLOSE_DELAY=-1")
class RoundTripTest extends AbstractExportTest {

    @Autowired
    StatementImportService imports;

    @Autowired
    HistoryService history;

    long documentId;
    List<StatementView> before;

    @BeforeEach
    void twoReviewersLabel() {
        documentId = TestCorpus.importText(documents, "Up to 2,200 fighters 🙂, according to CSIS. Others deny it.");
        signIn("reviewer1", Role.REVIEWER);
        annotations.add(
                documentId,
                0,
                20,
                new StatementDetails(
                        Label.UNCONFIRMED,
                        Presentation.ATTRIBUTED,
                        "One source.",
                        "CSIS",
                        "according to",
                        List.of("numbers"),
                        null,
                        null,
                        org.credence.annotation.Credibility.DOUBTFUL),
                null);
        signIn("reviewer2", Role.REVIEWER);
        annotations.add(documentId, 43, 58, Label.DISPUTED);
        signIn("editor", Role.EDITOR);
        before = annotations.listForDocument(documentId);
    }

    @Test
    void a_jsonl_export_restores_every_statement_with_its_reviewer_and_details() throws Exception {
        byte[] jsonl = export("jsonl");
        deleteAll();

        StatementImport result = imports.restore("jsonl", new ByteArrayInputStream(jsonl));

        assertThat(result.restored()).isEqualTo(2);
        assertThat(result.failures()).isEmpty();
        assertThat(comparable(annotations.listForDocument(documentId))).isEqualTo(comparable(before));
        assertThat(imports.restore("jsonl", new ByteArrayInputStream(jsonl)).alreadyPresent())
                .as("a second import adds nothing")
                .isEqualTo(2);
        assertThat(annotations.listForDocument(documentId)).hasSize(2);
    }

    @Test
    void a_w3c_export_restores_spans_labels_rationale_and_tags() throws Exception {
        byte[] w3c = export("w3c");
        deleteAll();

        StatementImport result = imports.restore("w3c", new ByteArrayInputStream(w3c));

        assertThat(result.restored()).isEqualTo(2);
        List<StatementView> after = annotations.listForDocument(documentId);
        assertThat(after)
                .extracting(
                        StatementView::start,
                        StatementView::end,
                        StatementView::quote,
                        StatementView::label,
                        StatementView::author)
                .containsExactlyElementsOf(before.stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(
                                s.start(), s.end(), s.quote(), s.label(), s.author()))
                        .toList());
        assertThat(after.get(0).details().rationale()).isEqualTo("One source.");
        assertThat(after.get(0).details().tags()).containsExactly("numbers");
    }

    @Test
    void records_for_unknown_documents_or_with_the_wrong_quote_are_reported_and_skipped() throws Exception {
        String jsonl = new String(export("jsonl"), StandardCharsets.UTF_8)
                        .replaceFirst(
                                "\"document_sha256\":\"[0-9a-f]{64}\"",
                                "\"document_sha256\":\"" + "0".repeat(64) + "\"")
                + "{\"broken\": true}\n";
        deleteAll();

        StatementImport result =
                imports.restore("jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.restored()).isEqualTo(1);
        assertThat(result.failures())
                .extracting(StatementImport.Failure::reason)
                .anySatisfy(r -> assertThat(r).startsWith("no document with SHA-256 000"))
                .anySatisfy(r -> assertThat(r).startsWith("not a statement record"));
    }

    @Test
    void a_restore_is_recorded_as_the_editors_and_an_author_without_an_account_here_is_refused() throws Exception {
        String jsonl = new String(export("jsonl"), StandardCharsets.UTF_8)
                .replace("\"author\":\"reviewer2\"", "\"author\":\"ghost\"");
        deleteAll();

        StatementImport result =
                imports.restore("jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.restored()).isEqualTo(1);
        assertThat(result.failures())
                .extracting(StatementImport.Failure::reason)
                .containsExactly("There is no account"
                        + " 'ghost'. A restored statement keeps its author, who must be an active reviewer in this project:"
                        + " create the account or add them to the project, then import again.");
        StatementView restored = annotations.listForDocument(documentId).get(0);
        assertThat(restored.author()).isEqualTo("reviewer1");
        assertThat(history.forStatement(restored.id()))
                .extracting(HistoryEntry::action, HistoryEntry::actor)
                .as("the history names who restored it, never the author as the actor")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("restored", "editor"));
    }

    /** What must survive the round trip: everything but ids and timestamps. */
    private static List<String> comparable(List<StatementView> statements) {
        return statements.stream()
                .map(s -> s.start() + "|" + s.end() + "|" + s.quote() + "|" + s.prefix() + "|" + s.suffix() + "|"
                        + s.author() + "|" + s.details())
                .toList();
    }

    private void deleteAll() {
        for (StatementView s : before) {
            signIn(s.author(), Role.REVIEWER);
            annotations.delete(s.id());
        }
        signIn("editor", Role.EDITOR);
        assertThat(annotations.listForDocument(documentId)).isEmpty();
    }

    private byte[] export(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(exports.format(format), ExportOptions.all(), out);
        return out.toByteArray();
    }
}
