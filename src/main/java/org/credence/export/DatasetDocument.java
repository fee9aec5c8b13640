package org.credence.export;

import java.time.LocalDate;

/**
 * A document as a dataset ships it: full text with the checksums offsets can be verified against, and
 * how the text was obtained (OCR engine, languages and pages when it was read from images; the address,
 * time and server date when it was fetched by URL), and which version of its article it is.
 */
public record DatasetDocument(
        long documentId,
        String title,
        String author,
        Long sourceId,
        String sourceName,
        String sourceDomain,
        String publisher,
        String url,
        String language,
        LocalDate published,
        String originalFileName,
        String contentType,
        String sha256,
        String textSha256,
        String ocrEngine,
        String ocrLanguages,
        Integer ocrPages,
        String fetchedFrom,
        java.time.Instant fetchedAt,
        java.time.Instant servedAt,
        int versionNumber,
        Long previousVersionId,
        String text) {}
