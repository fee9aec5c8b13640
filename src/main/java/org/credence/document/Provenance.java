package org.credence.document;

import java.time.LocalDate;

/** Where a document came from, as far as its file tells. */
record Provenance(
        String title,
        String author,
        String publisher,
        String url,
        String originalFileName,
        String contentType,
        LocalDate published,
        String language) {}
