package org.credence.document;

import java.time.Instant;
import java.time.LocalDate;

/** A document with its text and provenance, as the Reader and the API show it. */
public record DocumentDetails(long id, String title, String author, String originalFileName, String contentType,
        LocalDate publishedDate, String sha256, String textSha256, String text, int charCount, String importedBy,
        Instant importedAt) {

    static DocumentDetails of(Document d) {
        return new DocumentDetails(d.getId(), d.getTitle(), d.getAuthor(), d.getOriginalFileName(), d.getContentType(),
                d.getPublishedDate(), d.getSha256(), d.getTextSha256(), d.getText(), d.getCharCount(),
                d.getImportedBy(), d.getImportedAt());
    }
}
