package org.credence.export.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An export's first records as rows and columns, so a researcher reads fields instead of raw JSON broken
 * mid-word: a CSV by its header, JSON Lines by the fields of its records (nested values as compact JSON).
 * Anything else has no table and is shown as text.
 */
record PreviewTable(List<String> columns, List<List<String>> rows) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<PreviewTable> of(String text, boolean csv) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return csv ? fromCsv(text) : fromJsonLines(text);
    }

    private static Optional<PreviewTable> fromCsv(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(withoutBom))) {
            List<String> columns = parser.getHeaderNames();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>();
                columns.forEach(c -> row.add(record.isMapped(c) && record.isSet(c) ? record.get(c) : ""));
                rows.add(row);
            }
            return columns.isEmpty() ? Optional.empty() : Optional.of(new PreviewTable(columns, rows));
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<PreviewTable> fromJsonLines(String text) {
        List<JsonNode> records = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode record = JSON.readTree(line);
                if (record == null || !record.isObject()) {
                    return Optional.empty();
                }
                record.fieldNames().forEachRemaining(columns::add);
                records.add(record);
            } catch (IOException notOneRecordPerLine) {
                return Optional.empty();
            }
        }
        List<String> names = List.copyOf(columns);
        List<List<String>> rows = records.stream()
                .map(r -> names.stream().map(name -> cell(r.get(name))).toList())
                .toList();
        return Optional.of(new PreviewTable(names, rows));
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** For tests and tooltips: one row as column → value. */
    Map<String, String> row(int index) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), rows.get(index).get(i));
        }
        return row;
    }
}
