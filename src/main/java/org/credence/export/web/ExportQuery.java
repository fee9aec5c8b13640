package org.credence.export.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.annotation.Label;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportService;

/**
 * What an export request asks for, bound from the query string the same way for streaming
 * ({@code GET /api/export}) and for writing into the exports folder ({@code POST /api/exports}), and
 * checked once here: every value that does not parse is a 400 that names the parameter.
 *
 * @param status {@code approved} or {@code all}; absent: the format's own default
 * @param bundle the format's file zipped with manifest.json (a dataset always is)
 */
record ExportQuery(
        String format,
        String status,
        Boolean bom,
        List<String> label,
        String reviewer,
        List<String> document,
        String from,
        String to,
        List<String> source,
        Boolean split,
        Boolean bundle) {

    ExportFormat chosenFormat(ExportService exports) {
        ExportFormat found = exports.format(format == null ? "jsonl" : format);
        return Boolean.TRUE.equals(bundle) ? exports.bundled(found) : found;
    }

    ExportOptions options(ExportFormat chosen) {
        ExportOptions.Status wanted = status == null ? chosen.defaultStatus() : ExportOptions.Status.fromCode(status);
        Set<Label> labels =
                label == null ? Set.of() : label.stream().map(Label::fromCode).collect(Collectors.toSet());
        return new ExportOptions(
                wanted,
                Boolean.TRUE.equals(bom),
                labels,
                reviewer,
                ids("document", document),
                date("from", from),
                date("to", to),
                ids("source", source),
                Boolean.TRUE.equals(split));
    }

    private static Set<Long> ids(String parameter, List<String> values) {
        if (values == null) {
            return Set.of();
        }
        try {
            return values.stream().map(String::strip).map(Long::valueOf).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + parameter + "' takes ids (whole numbers), not " + values + ".");
        }
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + parameter + "' takes a date such as 2026-01-31, not '" + value + "'.");
        }
    }
}
