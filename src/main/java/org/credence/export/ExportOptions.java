package org.credence.export;

import java.util.Locale;

/**
 * What goes into an export.
 *
 * @param status which statements: every one, or only those an editor approved
 * @param excelBom start a CSV with a UTF-8 byte-order mark, so Excel opens it as UTF-8
 */
public record ExportOptions(Status status, boolean excelBom) {

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
