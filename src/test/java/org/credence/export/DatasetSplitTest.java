package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.credence.annotation.Label;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The optional train/validation/test split of a dataset: by document, deterministic, a partition. */
class DatasetSplitTest extends AbstractExportTest {

    @Test
    @SuppressWarnings("unchecked")
    void every_statement_lands_in_exactly_one_split_decided_by_its_documents_checksum() throws Exception {
        Set<Long> ids = new HashSet<>();
        signIn("reviewer1", Role.REVIEWER);
        for (int i = 0; i < 20; i++) {
            long id = TestCorpus.importText(documents, "Split document " + i + " with two statements.");
            annotations.add(id, 0, 5, Label.CONFIRMED);
            annotations.add(id, 6, 14, Label.DISPUTED);
            ids.add(id);
        }
        signIn("researcher", Role.RESEARCHER);
        ExportOptions options =
                new ExportOptions(ExportOptions.Status.ALL, false, Set.of(), null, ids, null, null).withSplit(true);

        Map<String, byte[]> files = TestFiles.unzip(export("dataset", options));
        Map<String, byte[]> again = TestFiles.unzip(export("dataset", options));

        List<String> all = lines(files.get("statements.jsonl"));
        List<String> union = new ArrayList<>();
        for (DatasetSplit split : DatasetSplit.values()) {
            for (String line : lines(files.get(split.fileName()))) {
                JsonNode record = new ObjectMapper().readTree(line);
                assertThat(DatasetSplit.of(record.get("document_sha256").asText()))
                        .isEqualTo(split);
                union.add(line);
            }
            assertThat(again.get(split.fileName())).isEqualTo(files.get(split.fileName()));
        }
        assertThat(union).containsExactlyInAnyOrderElementsOf(all).hasSize(40);
        String card = new String(files.get("README.md"), StandardCharsets.UTF_8);
        Map<String, Object> header = new Yaml().load(card.substring(4, card.indexOf("\n---\n", 4)));
        List<Map<String, Object>> dataFiles = (List<Map<String, Object>>)
                ((List<Map<String, Object>>) header.get("configs")).get(0).get("data_files");
        assertThat(dataFiles)
                .extracting(f -> f.get("split") + "=" + f.get("path"))
                .containsExactly("train=train.jsonl", "validation=validation.jsonl", "test=test.jsonl");
    }

    @Test
    void the_split_is_fixed_by_the_checksum_alone() {
        assertThat(DatasetSplit.of("00000000" + "0".repeat(56))).isEqualTo(DatasetSplit.TRAIN);
        assertThat(DatasetSplit.of("cccccccc" + "0".repeat(56))).isEqualTo(DatasetSplit.TRAIN);
        assertThat(DatasetSplit.of("e0000000" + "0".repeat(56))).isEqualTo(DatasetSplit.VALIDATION);
        assertThat(DatasetSplit.of("ffffffff" + "0".repeat(56))).isEqualTo(DatasetSplit.TEST);
    }

    private static List<String> lines(byte[] jsonl) {
        return new String(jsonl, StandardCharsets.UTF_8).lines().toList();
    }
}
