package org.credence.document;

import java.time.LocalDate;

/**
 * Provenance as a person corrects it in the details panel or the API. {@code expectedVersion} is
 * the version they read, so a correction made meanwhile by someone else is never overwritten.
 */
public record ProvenanceCorrection(
        String title,
        String author,
        String publisher,
        String url,
        LocalDate publishedDate,
        String language,
        long expectedVersion) {}
