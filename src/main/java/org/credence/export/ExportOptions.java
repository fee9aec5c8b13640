package org.credence.export;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.credence.annotation.Label;

/**
 * What goes into an export.
 *
 * @param status which statements: every one, or only those an editor approved
 * @param excelBom start a CSV with a UTF-8 byte-order mark, so Excel opens it as UTF-8
 * @param labels only these labels (the gold label where decided); empty: all
 * @param reviewer only this reviewer's statements; null: everyone's
 * @param documentIds only these documents; empty: all
 * @param from only statements made on or after this day (UTC); null: no lower bound
 * @param to only statements made on or before this day (UTC); null: no upper bound
 * @param sourceIds only documents from these sources; empty: all
 * @param split for datasets: also write train/validation/test files, documents assigned by their SHA-256
 */
public record ExportOptions(
        Status status,
        boolean excelBom,
        Set<Label> labels,
        String reviewer,
        Set<Long> documentIds,
        LocalDate from,
        LocalDate to,
        Set<Long> sourceIds,
        boolean split) {

    public ExportOptions {
        labels = labels == null ? Set.of() : Set.copyOf(labels);
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
        sourceIds = sourceIds == null ? Set.of() : Set.copyOf(sourceIds);
        reviewer = reviewer == null || reviewer.isBlank() ? null : reviewer.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The date range ends (" + to + ") before it starts (" + from + ").");
        }
    }

    public ExportOptions(Status status, boolean excelBom) {
        this(status, excelBom, Set.of(), null, Set.of(), null, null, Set.of(), false);
    }

    public ExportOptions(
            Status status,
            boolean excelBom,
            Set<Label> labels,
            String reviewer,
            Set<Long> documentIds,
            LocalDate from,
            LocalDate to) {
        this(status, excelBom, labels, reviewer, documentIds, from, to, Set.of(), false);
    }

    public ExportOptions(
            Status status,
            boolean excelBom,
            Set<Label> labels,
            String reviewer,
            Set<Long> documentIds,
            LocalDate from,
            LocalDate to,
            Set<Long> sourceIds) {
        this(status, excelBom, labels, reviewer, documentIds, from, to, sourceIds, false);
    }

    public ExportOptions withSplit(boolean wanted) {
        return new ExportOptions(status, excelBom, labels, reviewer, documentIds, from, to, sourceIds, wanted);
    }

    public enum Status {
        /** Every statement, decided or not. */
        ALL,
        /** Only statements an editor approved, with the gold label. */
        APPROVED;

        /** @throws IllegalArgumentException naming the accepted values */
        public static Status fromCode(String code) {
            String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
            for (Status status : values()) {
                if (status.name().equals(wanted)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("Unknown status '" + code + "': use approved or all.");
        }
    }

    public static ExportOptions all() {
        return new ExportOptions(Status.ALL, false);
    }
}
