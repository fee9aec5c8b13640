package org.credence.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewTableTest {

    @Test
    void csv_rows_are_read_by_their_header_with_quoted_commas_and_line_breaks_kept_in_their_cell() {
        PreviewTable table = PreviewTable.of(
                        "\uFEFFstatement_id,quote,label\r\n7,\"500, or 1,200\r\nfighters\",disputed\r\n", true)
                .orElseThrow();
        assertThat(table.columns()).containsExactly("statement_id", "quote", "label");
        assertThat(table.row(0))
                .containsEntry("statement_id", "7")
                .containsEntry("quote", "500, or 1,200\r\nfighters")
                .containsEntry("label", "disputed");
    }

    @Test
    void json_lines_become_the_union_of_their_fields_with_nested_values_as_compact_json() {
        PreviewTable table = PreviewTable.of(
                        "{\"id\":1,\"label\":\"confirmed\",\"tags\":[\"a\",\"b\"]}\n{\"id\":2,\"extra\":null}\n", false)
                .orElseThrow();
        assertThat(table.columns()).containsExactly("id", "label", "tags", "extra");
        assertThat(table.rows())
                .containsExactly(List.of("1", "confirmed", "[\"a\",\"b\"]", ""), List.of("2", "", "", ""));
    }

    @Test
    void text_that_is_not_one_record_per_line_has_no_table() {
        assertThat(PreviewTable.of("{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\"\n}", false))
                .isEmpty();
        assertThat(PreviewTable.of("", false)).isEmpty();
    }

    @Test
    void a_long_value_is_cut_to_a_line_in_its_cell() {
        assertThat(ExportView.shortened("x".repeat(200))).hasSize(80).endsWith("…");
        assertThat(ExportView.shortened("short")).isEqualTo("short");
    }
}
