package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.TestCorpus;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentDetails;
import org.junit.jupiter.api.Test;

class ExportServiceTest extends AbstractExportTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonl_has_one_record_per_statement_with_every_field() throws Exception {
        long documentId = TestCorpus.importText(documents, "Fighters number up to 2,200, a report said. 🙂 Maybe.");
        DocumentDetails document = documents.get(documentId);
        StatementView statement = annotations.add(documentId, 0, 27, Label.UNCONFIRMED);
        StatementView afterEmoji = annotations.add(documentId, 46, 52, Label.DISPUTED);

        List<JsonNode> records = recordsOf(documentId);

        assertThat(records).hasSize(2);
        JsonNode first = records.get(0);
        assertThat(fieldNames(first))
                .containsExactly(
                        "project",
                        "statement_id",
                        "document_id",
                        "title",
                        "document_sha256",
                        "start",
                        "end",
                        "exact",
                        "label",
                        "author",
                        "created_at",
                        "prefix",
                        "suffix",
                        "sentence",
                        "presentation",
                        "rationale",
                        "attribution_source",
                        "attribution_cue",
                        "tags",
                        "document_author",
                        "source_id",
                        "source",
                        "source_reliability",
                        "credibility",
                        "admiralty",
                        "url",
                        "published",
                        "review_state",
                        "gold_label",
                        "decided_by",
                        "decided_at",
                        "span_labels",
                        "span_agreement",
                        "claim_id",
                        "evidence_url",
                        "unit_id",
                        "gold_start",
                        "gold_end");
        assertThat(first.get("review_state").asText()).isEqualTo("proposed");
        assertThat(first.get("gold_label").isNull()).isTrue();
        assertThat(first.get("statement_id").asLong()).isEqualTo(statement.id());
        assertThat(first.get("title").asText()).isEqualTo(document.title());
        assertThat(first.get("document_sha256").asText()).isEqualTo(document.sha256());
        assertThat(first.get("start").asInt()).isEqualTo(0);
        assertThat(first.get("end").asInt()).isEqualTo(27);
        assertThat(first.get("exact").asText()).isEqualTo("Fighters number up to 2,200");
        assertThat(first.get("label").asText()).isEqualTo("unconfirmed");
        assertThat(first.get("author").asText()).isEqualTo("demo");
        assertThat(first.get("created_at").asText())
                .isEqualTo(statement.createdAt().toString());
        assertThat(records.get(1).get("exact").asText()).isEqualTo("Maybe.");
        assertThat(records.get(1).get("start").asInt()).isEqualTo(afterEmoji.start());
        // The JDK's sentence rules see no break before an emoji: both statements stand in one sentence.
        assertThat(first.get("sentence").asText()).isEqualTo("Fighters number up to 2,200, a report said. 🙂 Maybe.");
        assertThat(records.get(1).get("sentence").asText())
                .isEqualTo(first.get("sentence").asText());
        assertThat(first.get("span_labels").toString())
                .as("one reviewer on the span")
                .isEqualTo("{\"demo\":\"unconfirmed\"}");
        assertThat(first.get("span_agreement").isNull())
                .as("agreement needs two reviewers")
                .isTrue();
    }

    @Test
    void each_statement_carries_every_reviewers_label_on_its_span_and_their_agreement_whatever_the_filter()
            throws Exception {
        long documentId = TestCorpus.importText(documents, "Three reviewers read this. Then one more sentence.");
        signIn("ana", org.credence.security.Role.REVIEWER);
        annotations.add(documentId, 0, 26, Label.CONFIRMED);
        signIn("ben", org.credence.security.Role.REVIEWER);
        annotations.add(documentId, 0, 26, Label.CONFIRMED);
        signIn("cy", org.credence.security.Role.REVIEWER);
        annotations.add(documentId, 0, 26, Label.DISPUTED);
        annotations.add(documentId, 27, 31, Label.DISPUTED);
        signIn("researcher", org.credence.security.Role.RESEARCHER);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(
                exports.format("jsonl"),
                new ExportOptions(
                        ExportOptions.Status.ALL, false, null, "ben", java.util.Set.of(documentId), null, null),
                out);
        List<JsonNode> bens =
                out.toString(StandardCharsets.UTF_8).lines().map(this::parse).toList();

        assertThat(bens).singleElement().satisfies(ben -> {
            assertThat(ben.get("span_labels").toString())
                    .isEqualTo("{\"ana\":\"confirmed\",\"ben\":\"confirmed\",\"cy\":\"disputed\"}");
            assertThat(ben.get("span_agreement").decimalValue())
                    .as("one agreeing pair of three")
                    .isEqualByComparingTo("0.3333");
            assertThat(ben.get("sentence").asText()).isEqualTo("Three reviewers read this.");
        });
        assertThat(recordsOf(documentId))
                .filteredOn(r -> r.get("start").asInt() == 27)
                .singleElement()
                .satisfies(then -> assertThat(then.get("sentence").asText()).isEqualTo("Then one more sentence."));
    }

    private JsonNode parse(String line) {
        try {
            return json.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_same_data_exports_to_the_same_bytes() throws Exception {
        long documentId = TestCorpus.importText(documents, "Reproducible export check.");
        annotations.add(documentId, 0, 12, Label.CONFIRMED);

        assertThat(exportBytes()).isEqualTo(exportBytes());
    }

    @Test
    void an_export_written_to_the_folder_is_complete_and_leaves_no_partial_file() throws Exception {
        long documentId = TestCorpus.importText(documents, "Folder export check.");
        annotations.add(documentId, 0, 6, Label.DISPUTED);

        Path file = exports.exportToFolder(exports.format("jsonl"), ExportOptions.all());

        assertThat(file.getFileName().toString()).isEqualTo("statements.jsonl");
        assertThat(Files.readAllBytes(file)).isEqualTo(exportBytes());
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void an_unknown_format_is_refused_with_the_known_ones_named() {
        assertThatThrownBy(() -> exports.format("xml"))
                .isInstanceOf(UnknownExportFormatException.class)
                .hasMessage("Unknown export format 'xml': use one of claimreview, csv, dataset, fever, jsonl, w3c.");
    }

    private List<JsonNode> recordsOf(long documentId) throws Exception {
        String[] lines = new String(exportBytes(), StandardCharsets.UTF_8).split("\n");
        List<JsonNode> records = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (node.get("document_id").asLong() == documentId) {
                records.add(node);
            }
        }
        return records;
    }

    private byte[] exportBytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(exports.format("jsonl"), ExportOptions.all(), out);
        return out.toByteArray();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
