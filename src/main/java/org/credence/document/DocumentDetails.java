package org.credence.document;

import java.time.Instant;
import java.time.LocalDate;
import org.credence.source.SourceRef;

/** A document with its text and provenance, as the Reader, the details panel and the API show it. */
public record DocumentDetails(
        long id,
        long projectId,
        long version,
        String title,
        String author,
        String publisher,
        String url,
        SourceRef source,
        String language,
        String originalFileName,
        String contentType,
        org.credence.document.extract.OcrUse ocr,
        String fetchedFrom,
        Instant fetchedAt,
        Instant servedAt,
        LocalDate publishedDate,
        String sha256,
        String textSha256,
        String text,
        int charCount,
        boolean mainContentOnly,
        String importedBy,
        Instant importedAt,
        String modifiedBy,
        Instant modifiedAt,
        ArticleVersion articleVersion) {

    /**
     * Refuses a span (code points, end exclusive) that is empty, reversed or not inside the text.
     *
     * @throws IllegalArgumentException saying which, and how long the text is
     */
    public void requireSpan(int start, int end) {
        ref().requireSpan(start, end);
    }

    /** "ocr" when the text was read by OCR, "text" when it is the file's own text. */
    @com.fasterxml.jackson.annotation.JsonProperty("extraction")
    public String extraction() {
        return ocr == null ? "text" : "ocr";
    }

    public DocumentRef ref() {
        return new DocumentRef(id, title, source, publishedDate, charCount);
    }

    static DocumentDetails of(Document d, SourceRef source, ArticleVersion articleVersion) {
        return new DocumentDetails(
                d.getId(),
                d.getProjectId(),
                d.getVersion(),
                d.getTitle(),
                d.getAuthor(),
                d.getPublisher(),
                d.getUrl(),
                source,
                d.getLanguage(),
                d.getOriginalFileName(),
                d.getContentType(),
                d.getOcr(),
                d.getFetchedFrom(),
                d.getFetchedAt(),
                d.getServedAt(),
                d.getPublishedDate(),
                d.getSha256(),
                d.getTextSha256(),
                d.getText(),
                d.getCharCount(),
                d.isMainContentOnly(),
                d.getImportedBy(),
                d.getImportedAt(),
                d.getModifiedBy(),
                d.getModifiedAt(),
                articleVersion);
    }
}
