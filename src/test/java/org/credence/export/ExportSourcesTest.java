package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credence.TestFiles;
import org.credence.annotation.Label;
import org.credence.document.DocumentDetails;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exports name each statement's source and URL, filter by source, and datasets list their sources. */
class ExportSourcesTest extends AbstractExportTest {

    static final java.time.Instant FETCHED_AT = java.time.Instant.parse("2026-12-03T10:15:30Z");
    static final java.time.Instant SERVED_AT = java.time.Instant.parse("2026-12-03T10:15:29Z");

    DocumentDetails document;
    long statementId;

    @BeforeEach
    void labelAStatementInAPageFromASource() {
        String domain = "export-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        // Imported as a page fetched by URL, so the dataset also says where and when it was fetched.
        long id = documents
                .importFetched(
                        new org.credence.document.fetch.FetchedPage(
                                "http://" + domain + "/short",
                                "https://" + domain + "/story?utm=1",
                                "page.html",
                                "text/html",
                                FETCHED_AT,
                                SERVED_AT,
                                TestFiles.utf8("<html><head><title>Sourced</title>"
                                        + "<meta property=\"og:site_name\" content=\"Export Wire\"><link rel=\"canonical\" href=\"https://"
                                        + domain
                                        + "/story\"></head><body><p>The commander was executed, officials said. "
                                        + UUID.randomUUID()
                                        + "</p></body></html>")),
                        "test",
                        org.credence.document.ImportOptions.DEFAULT)
                .documentId();
        document = documents.get(id);
        signIn("reviewer1", Role.REVIEWER);
        statementId = annotations.add(id, 0, 26, Label.UNCONFIRMED).id();
        signIn("researcher", Role.RESEARCHER);
    }

    private ExportOptions bySource(long sourceId) {
        return new ExportOptions(
                ExportOptions.Status.ALL, false, Set.of(), null, Set.of(), null, null, Set.of(sourceId));
    }

    @Test
    void jsonl_and_csv_carry_the_source_and_url_and_the_source_filter_narrows_to_it() throws Exception {
        List<String> lines = new String(
                        export("jsonl", bySource(document.source().id())), StandardCharsets.UTF_8)
                .lines()
                .toList();

        assertThat(lines).singleElement().satisfies(line -> {
            JsonNode record = new ObjectMapper().readTree(line);
            assertThat(record.get("statement_id").asLong()).isEqualTo(statementId);
            assertThat(record.get("source").asText()).isEqualTo("Export Wire");
            assertThat(record.get("source_id").asLong())
                    .isEqualTo(document.source().id());
            assertThat(record.get("url").asText()).isEqualTo(document.url());
        });
        assertThat(export("jsonl", bySource(-1))).isEmpty();

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(
                        new String(export("csv", bySource(document.source().id())), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("source")).isEqualTo("Export Wire");
            assertThat(row.get("url")).isEqualTo(document.url());
        });
    }

    @Test
    void a_dataset_lists_its_documents_sources_with_domain_and_count() throws Exception {
        Map<String, byte[]> files =
                unzip(export("dataset", bySource(document.source().id())));

        JsonNode source =
                new ObjectMapper().readTree(new String(files.get("sources.jsonl"), StandardCharsets.UTF_8).strip());
        assertThat(source.get("source_id").asLong()).isEqualTo(document.source().id());
        assertThat(source.get("name").asText()).isEqualTo("Export Wire");
        assertThat(source.get("domain").asText()).isEqualTo(document.source().domain());
        assertThat(source.get("documents").asInt()).isEqualTo(1);
        JsonNode doc =
                new ObjectMapper().readTree(new String(files.get("documents.jsonl"), StandardCharsets.UTF_8).strip());
        assertThat(doc.get("source").asText()).isEqualTo("Export Wire");
        assertThat(doc.get("url").asText()).isEqualTo(document.url());
        assertThat(doc.get("fetched_from").asText()).endsWith("/story?utm=1");
        assertThat(doc.get("fetched_at").asText()).isEqualTo("2026-12-03T10:15:30Z");
        assertThat(doc.get("served_at").asText()).isEqualTo("2026-12-03T10:15:29Z");
        assertThat(doc.get("ocr_engine").isNull())
                .as("the page had its own text")
                .isTrue();
        assertThat(doc.get("ocr_pages").isNull()).isTrue();
        // A short test text may be too little for the detector to be sure: then both are null.
        assertThat(doc.get("language").isNull() ? null : doc.get("language").asText())
                .isEqualTo(document.language());
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        return org.credence.TestFiles.unzip(zip);
    }
}
