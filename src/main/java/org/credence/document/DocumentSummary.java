package org.credence.document;

import java.time.LocalDate;

/** One row of the Library: a document without its text. */
public record DocumentSummary(
        long id,
        String title,
        String author,
        String originalFileName,
        LocalDate publishedDate,
        int charCount,
        String sha256,
        StatementCounts.Tally statements,
        Long sourceId,
        String sourceName,
        int versionNumber) {

    /** The JPQL constructor: counts and the source's name are added after. */
    public DocumentSummary(
            long id,
            String title,
            String author,
            String originalFileName,
            LocalDate publishedDate,
            int charCount,
            String sha256,
            Long sourceId,
            int versionNumber) {
        this(
                id,
                title,
                author,
                originalFileName,
                publishedDate,
                charCount,
                sha256,
                StatementCounts.Tally.NONE,
                sourceId,
                null,
                versionNumber);
    }

    /** The statements the reader may see on it. */
    public long statementCount() {
        return statements.visible();
    }

    DocumentSummary withCounts(StatementCounts.Tally count, String source) {
        return new DocumentSummary(
                id,
                title,
                author,
                originalFileName,
                publishedDate,
                charCount,
                sha256,
                count,
                sourceId,
                source,
                versionNumber);
    }

    /** The title as lists show it: a later version of an article says which. */
    public String displayTitle() {
        return versionNumber > 1 ? title + " (version " + versionNumber + ")" : title;
    }

    /** Who the document is from, as far as Credence knows yet. */
    public String source() {
        return sourceName != null ? sourceName : "";
    }
}
