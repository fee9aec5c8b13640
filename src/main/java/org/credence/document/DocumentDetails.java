package org.credence.document;

import java.time.Instant;
import java.time.LocalDate;
import org.credence.source.SourceRef;

/** A document with its text and provenance, as the Reader, the details panel and the API show it. */
public record DocumentDetails(long id, long version, String title, String author, String publisher, String url,
        SourceRef source, String language, String originalFileName, String contentType, LocalDate publishedDate,
        String sha256, String textSha256, String text, int charCount, boolean mainContentOnly, String importedBy,
        Instant importedAt, String modifiedBy, Instant modifiedAt) {

    /**
     * Refuses a span (code points, end exclusive) that is empty, reversed or not inside the text.
     *
     * @throws IllegalArgumentException saying which, and how long the text is
     */
    public void requireSpan(int start, int end) {
        if (start < 0 || end <= start || end > charCount) {
            throw new IllegalArgumentException("The span " + start + "–" + end + " lies outside document " + id
                    + ", which has " + charCount + " characters, or is empty.");
        }
    }

    static DocumentDetails of(Document d) {
        return new DocumentDetails(d.getId(), d.getVersion(), d.getTitle(), d.getAuthor(), d.getPublisher(), d.getUrl(),
                SourceRef.of(d.getSource()), d.getLanguage(), d.getOriginalFileName(), d.getContentType(),
                d.getPublishedDate(), d.getSha256(), d.getTextSha256(), d.getText(), d.getCharCount(),
                d.isMainContentOnly(), d.getImportedBy(), d.getImportedAt(), d.getModifiedBy(), d.getModifiedAt());
    }
}
