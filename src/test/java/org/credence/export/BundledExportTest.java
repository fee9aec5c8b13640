package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.credence.TestFiles;
import org.credence.annotation.Label;
import org.credence.base.domain.Sha256;
import org.junit.jupiter.api.Test;

class BundledExportTest extends AbstractExportTest {

    @Test
    void any_format_comes_zipped_with_its_unchanged_file_and_a_manifest_of_options_counts_and_checksum()
            throws Exception {
        long documentId = org.credence.TestCorpus.importText(documents, "Bundle me, and count me twice.");
        annotations.add(documentId, 0, 9, Label.CONFIRMED);
        annotations.add(documentId, 11, 19, Label.DISPUTED);
        ExportOptions options = new ExportOptions(
                ExportOptions.Status.ALL, false, null, null, java.util.Set.of(documentId), null, null);
        ExportFormat csv = exports.format("csv");
        ExportFormat bundled = exports.bundled(csv);

        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        exports.export(bundled, options, zip);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        exports.export(csv, options, plain);

        assertThat(bundled.fileName()).isEqualTo("statements-csv.zip");
        assertThat(bundled.mediaType()).isEqualTo("application/zip");
        Map<String, byte[]> files = TestFiles.unzip(zip.toByteArray());
        assertThat(files).containsOnlyKeys("statements.csv", "manifest.json");
        assertThat(files.get("statements.csv")).isEqualTo(plain.toByteArray());
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        assertThat(manifest.get("generator").asText()).isEqualTo("Credence " + ExportManifest.APP_VERSION);
        assertThat(manifest.get("format").asText()).isEqualTo("csv");
        assertThat(manifest.get("options").get("documents").toString()).isEqualTo("[" + documentId + "]");
        assertThat(manifest.get("options").get("status").asText()).isEqualTo("all");
        assertThat(manifest.get("counts").get("statements").asInt()).isEqualTo(2);
        assertThat(manifest.get("counts").get("documents").asInt()).isEqualTo(1);
        assertThat(manifest.get("sha256").get("statements.csv").asText()).isEqualTo(Sha256.of(plain.toByteArray()));
        assertThat(exports.bundled(exports.format("dataset")))
                .as("a dataset has its manifest already")
                .isSameAs(exports.format("dataset"));
    }
}
