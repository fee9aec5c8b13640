package org.credence.document;

/**
 * Where a batch import stands. {@code total} grows while archives are opened, so it is only final
 * once {@code finished}.
 */
public record ImportProgress(
        int total,
        int done,
        int created,
        int duplicates,
        int failed,
        int probableDuplicates,
        boolean finished,
        boolean cancelled) {

    public String describe() {
        StringBuilder line = new StringBuilder();
        line.append(finished ? (cancelled ? "Cancelled after " : "Done: ") : "Importing ")
                .append(done)
                .append(" of ")
                .append(total)
                .append(total == 1 ? " file" : " files")
                .append(" — ")
                .append(created)
                .append(" imported, ")
                .append(duplicates)
                .append(duplicates == 1 ? " duplicate, " : " duplicates, ")
                .append(failed)
                .append(" failed");
        if (probableDuplicates > 0) {
            line.append(", ")
                    .append(probableDuplicates)
                    .append(" probable duplicate")
                    .append(probableDuplicates == 1 ? "" : "s");
        }
        return line.append('.').toString();
    }

    public double fraction() {
        return total == 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
