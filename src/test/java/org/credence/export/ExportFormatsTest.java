package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credence.TestCorpus;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.base.domain.Sha256;
import org.credence.review.DecisionKind;
import org.credence.review.ReviewService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.yaml.snakeyaml.Yaml;

/** CSV, W3C Web Annotation and the approved-only filter, on a database of their own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:credence-formats;DB_CLOSE_DELAY=-1")
class ExportFormatsTest extends AbstractExportTest {

    @Autowired
    ReviewService reviews;

    static StatementView approved;
    static StatementView undecided;

    @BeforeEach
    void labelOnce() {
        if (approved != null) {
            return;
        }
        long documentId = TestCorpus.importText(
                documents, "Officials said, \"it was \"unconfirmed\"\", according to CSIS. Others disagree.");
        signIn("reviewer1", Role.REVIEWER);
        approved = annotations.add(
                documentId,
                0,
                58,
                new StatementDetails(
                        Label.UNCONFIRMED,
                        Presentation.ATTRIBUTED,
                        "Only one source, quoted \"as is\".",
                        "CSIS",
                        "according to",
                        List.of("casualties", "isis-k"),
                        null,
                        null),
                null);
        undecided = annotations.add(documentId, 59, 75, Label.DISPUTED);
        signIn("editor", Role.EDITOR);
        reviews.decide(approved.id(), -1, DecisionKind.OVERRIDE, Label.DISPUTED, "Contradicted by the UN.");
        signIn("researcher", Role.RESEARCHER);
    }

    @Test
    void csv_is_rfc_4180_and_reads_back_field_for_field() throws Exception {
        String csv =
                new String(export("csv", new ExportOptions(ExportOptions.Status.ALL, false)), StandardCharsets.UTF_8);

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();

        assertThat(csv).contains("\r\n");
        assertThat(rows).hasSize(2);
        CSVRecord first = rows.get(0);
        assertThat(first.get("exact")).isEqualTo(approved.quote());
        assertThat(first.get("rationale")).isEqualTo("Only one source, quoted \"as is\".");
        assertThat(first.get("tags")).isEqualTo("casualties;isis-k");
        assertThat(first.get("label")).isEqualTo("unconfirmed");
        assertThat(first.get("gold_label")).isEqualTo("disputed");
        assertThat(first.get("review_state")).isEqualTo("approved");
        assertThat(rows.get(1).get("review_state")).isEqualTo("proposed");
    }

    @Test
    void csv_can_start_with_a_byte_order_mark_for_excel() throws Exception {
        byte[] withBom = export("csv", new ExportOptions(ExportOptions.Status.ALL, true));
        byte[] without = export("csv", new ExportOptions(ExportOptions.Status.ALL, false));

        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(without[0]).isEqualTo((byte) 's');
    }

    @Test
    void approved_only_leaves_out_undecided_statements() throws Exception {
        String jsonl = new String(
                export("jsonl", new ExportOptions(ExportOptions.Status.APPROVED, false)), StandardCharsets.UTF_8);

        assertThat(jsonl.lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("\"statement_id\":" + approved.id() + ",")
                        .contains(
                                "\"review_state\":\"approved\",\"gold_label\":\"disputed\",\"decided_by\":\"editor\""));
    }

    @Test
    void filters_narrow_by_label_reviewer_document_and_date() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

        assertThat(lines(filtered(java.util.Set.of(Label.DISPUTED), null, null, null, null)))
                .as("gold label counts where decided")
                .hasSize(2);
        assertThat(lines(filtered(java.util.Set.of(Label.UNCONFIRMED), null, null, null, null)))
                .isEmpty();
        assertThat(lines(filtered(java.util.Set.of(), "reviewer1", null, null, null)))
                .hasSize(2);
        assertThat(lines(filtered(java.util.Set.of(), "nobody", null, null, null)))
                .isEmpty();
        assertThat(lines(filtered(java.util.Set.of(), null, java.util.Set.of(-5L), null, null)))
                .isEmpty();
        assertThat(lines(filtered(java.util.Set.of(), null, null, today, today)))
                .hasSize(2);
        assertThat(lines(filtered(java.util.Set.of(), null, null, today.plusDays(1), null)))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> filtered(java.util.Set.of(), null, null, today, today.minusDays(1)))
                .hasMessage("The date range ends (" + today.minusDays(1) + ") before it starts (" + today + ").");
    }

    @Test
    void the_count_behind_the_progress_bar_agrees_with_what_each_filter_exports() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        java.util.Set<Long> document = java.util.Set.of(approved.documentId());
        List<ExportOptions> filters = new java.util.ArrayList<>();
        for (ExportOptions.Status status : ExportOptions.Status.values()) {
            filters.add(new ExportOptions(status, false, java.util.Set.of(), null, document, null, null));
            filters.add(new ExportOptions(status, false, java.util.Set.of(Label.DISPUTED), null, document, null, null));
            filters.add(
                    new ExportOptions(status, false, java.util.Set.of(Label.UNCONFIRMED), null, document, null, null));
            filters.add(new ExportOptions(status, false, java.util.Set.of(), "reviewer1", document, null, null));
            filters.add(new ExportOptions(status, false, java.util.Set.of(), "REVIEWER1", document, null, null));
            filters.add(new ExportOptions(status, false, java.util.Set.of(), null, document, today, today));
            filters.add(new ExportOptions(status, false, java.util.Set.of(), null, document, today.plusDays(1), null));
            filters.add(new ExportOptions(status, false, java.util.Set.of(), null, document, null, today.minusDays(1)));
            filters.add(new ExportOptions(
                    status, false, java.util.Set.of(Label.DISPUTED), "reviewer1", document, today, null));
        }
        List<Integer> exported = new java.util.ArrayList<>();
        for (ExportOptions options : filters) {
            int records = lines(export("jsonl", options)).size();
            assertThat(exports.count(options)).as("%s", options).isEqualTo(records);
            exported.add(records);
        }
        assertThat(exported)
                .as("all, then approved only")
                .containsExactly(2, 2, 0, 2, 0, 2, 0, 0, 2, 1, 1, 0, 1, 0, 1, 0, 0, 1);
    }

    private byte[] filtered(
            java.util.Set<Label> labels,
            String reviewer,
            java.util.Set<Long> documents,
            java.time.LocalDate from,
            java.time.LocalDate to)
            throws Exception {
        return export(
                "jsonl", new ExportOptions(ExportOptions.Status.ALL, false, labels, reviewer, documents, from, to));
    }

    private static List<String> lines(byte[] jsonl) {
        return new String(jsonl, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void web_annotation_has_the_w3c_shape_with_both_selectors() throws Exception {
        JsonNode collection = new ObjectMapper().readTree(export("w3c", ExportOptions.all()));

        assertThat(collection.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("total").asInt()).isEqualTo(2);
        JsonNode annotation = collection.get("first").get("items").get(0);
        assertThat(annotation.get("type").asText()).isEqualTo("Annotation");
        assertThat(annotation.get("motivation").asText()).isEqualTo("assessing");
        assertThat(annotation.get("creator").get("nickname").asText()).isEqualTo("reviewer1");
        assertThat(annotation.get("body").findValuesAsText("purpose"))
                .containsExactly("assessing", "tagging", "tagging", "commenting");
        assertThat(annotation.get("body").get(0).get("value").asText())
                .as("the gold label")
                .isEqualTo("disputed");
        JsonNode selectors = annotation.get("target").get("selector");
        assertThat(selectors.get(0).get("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(selectors.get(0).get("exact").asText()).isEqualTo(approved.quote());
        assertThat(selectors.get(1).get("type").asText()).isEqualTo("TextPositionSelector");
        assertThat(selectors.get(1).get("start").asInt()).isEqualTo(approved.start());
        assertThat(annotation.get("target").get("source").asText()).startsWith("urn:sha256:");
    }

    @Test
    void web_annotation_output_validates_against_the_json_schema_of_the_model() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(TestCorpus.fixture("export/web-annotation-collection.schema.json")));
        JsonNode collection = mapper.readTree(export("w3c", ExportOptions.all()));

        assertThat(schema.validate(collection)).isEmpty();

        ((com.fasterxml.jackson.databind.node.ObjectNode) collection
                        .get("first")
                        .get("items")
                        .get(0)
                        .get("target")
                        .get("selector")
                        .get(0))
                .remove("exact");
        assertThat(schema.validate(collection))
                .as("the schema catches a selector without its quote")
                .isNotEmpty();
    }

    @Test
    void fever_maps_the_gold_label_and_keeps_the_original() throws Exception {
        String fever = new String(
                export("fever", new ExportOptions(ExportOptions.Status.APPROVED, false)), StandardCharsets.UTF_8);

        assertThat(fever.lines()).singleElement().satisfies(line -> {
            JsonNode record = new ObjectMapper().readTree(line);
            assertThat(record.get("id").asLong()).isEqualTo(approved.id());
            assertThat(record.get("claim").asText()).isEqualTo(approved.quote());
            assertThat(record.get("label").asText()).isEqualTo("REFUTES");
            assertThat(record.get("original_label").asText()).isEqualTo("disputed");
            assertThat(record.get("evidence").get(0).get("start").asInt()).isEqualTo(approved.start());
        });
        assertThat(exports.format("fever").defaultStatus()).isEqualTo(ExportOptions.Status.APPROVED);
    }

    @Test
    void claimreview_publishes_only_approved_statements_with_the_gold_rating() throws Exception {
        JsonNode reviews = new ObjectMapper().readTree(export("claimreview", ExportOptions.all()));

        assertThat(reviews).hasSize(1);
        JsonNode review = reviews.get(0);
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asText()).isEqualTo(approved.quote());
        assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("Disputed");
        assertThat(review.get("itemReviewed").get("@type").asText()).isEqualTo("Claim");
        assertThat(review.get("itemReviewed")
                        .get("appearance")
                        .get("identifier")
                        .asText())
                .startsWith("urn:sha256:");
        assertThat(review.get("author").get("name").asText()).isEqualTo("editor");
        assertThat(review.get("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_dataset_zip_has_statements_documents_sources_a_card_and_a_manifest_of_checksums() throws Exception {
        Map<String, byte[]> files = unzip(export("dataset", new ExportOptions(ExportOptions.Status.APPROVED, false)));

        assertThat(files.keySet())
                .containsExactly(
                        "statements.jsonl",
                        "documents.jsonl",
                        "sources.jsonl",
                        "claims.jsonl",
                        "README.md",
                        "manifest.json");
        assertThat(text(files, "statements.jsonl").lines()).hasSize(1);
        JsonNode document = new ObjectMapper()
                .readTree(text(files, "documents.jsonl").lines().findFirst().orElseThrow());
        assertThat(document.get("text").asText()).contains(approved.quote());
        assertThat(document.get("text_sha256").asText())
                .isEqualTo(Sha256.of(document.get("text").asText()));
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        for (String name : List.of("statements.jsonl", "documents.jsonl", "sources.jsonl", "README.md")) {
            assertThat(manifest.get("sha256").get(name).asText()).as(name).isEqualTo(Sha256.of(files.get(name)));
        }
        assertThat(manifest.get("counts").get("statements").asInt()).isEqualTo(1);
        assertThat(manifest.get("options").get("status").asText()).isEqualTo("approved");

        String card = text(files, "README.md");
        Map<String, Object> header = new Yaml().load(card.substring(4, card.indexOf("\n---\n", 4)));
        assertThat(header)
                .containsKeys(
                        "license",
                        "language",
                        "task_categories",
                        "pretty_name",
                        "size_categories",
                        "configs",
                        "dataset_info");
        Map<String, Object> labelFeature = ((List<Map<String, Object>>)
                        ((Map<String, Object>) header.get("dataset_info")).get("features"))
                .stream().filter(f -> "label".equals(f.get("name"))).findFirst().orElseThrow();
        assertThat(((Map<String, Map<String, Map<Object, String>>>) labelFeature.get("dtype"))
                        .get("class_label")
                        .get("names")
                        .values())
                .containsExactly("confirmed", "unconfirmed", "disputed");
        assertThat(card).contains("| disputed | 1 |").contains("## Agreement between reviewers");
    }

    @Test
    void two_dataset_exports_differ_only_in_the_manifests_export_time() throws Exception {
        Map<String, byte[]> first = unzip(export("dataset", ExportOptions.all()));
        Thread.sleep(5);
        Map<String, byte[]> second = unzip(export("dataset", ExportOptions.all()));

        for (String name : List.of("statements.jsonl", "documents.jsonl", "sources.jsonl", "README.md")) {
            assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        return org.credence.TestFiles.unzip(zip);
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void every_format_gives_the_same_bytes_twice() throws Exception {
        for (String format : List.of("jsonl", "csv", "w3c", "fever", "claimreview")) {
            assertThat(export(format, ExportOptions.all())).as(format).isEqualTo(export(format, ExportOptions.all()));
        }
    }
}
