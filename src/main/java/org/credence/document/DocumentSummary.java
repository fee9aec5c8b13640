package org.credence.document;

import java.time.LocalDate;

/** One row of the Library: a document without its text. */
public record DocumentSummary(long id, String title, String author, String originalFileName, LocalDate publishedDate,
        int charCount, String sha256, long statementCount, String sourceName) {

    DocumentSummary withStatementCount(long count) {
        return new DocumentSummary(id, title, author, originalFileName, publishedDate, charCount, sha256, count,
                sourceName);
    }

    /** Who the document is from, as far as Credence knows yet. */
    public String source() {
        return sourceName != null ? sourceName : "";
    }
}
