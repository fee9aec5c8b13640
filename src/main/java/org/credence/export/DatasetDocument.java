package org.credence.export;

import java.time.LocalDate;

/** A document as a dataset ships it: full text with the checksums offsets can be verified against. */
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
        String text) {}
