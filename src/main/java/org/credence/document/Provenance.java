package org.credence.document;

import java.time.LocalDate;

/**
 * Where a document came from, as far as its file tells.
 *
 * @param ocr how its text was read by OCR; null when it came from the file's own text
 */
record Provenance(
        String title,
        String author,
        String publisher,
        String url,
        String originalFileName,
        String contentType,
        LocalDate published,
        String language,
        org.credence.document.extract.OcrUse ocr) {

    Provenance withUrl(String newUrl) {
        return new Provenance(
                title, author, publisher, newUrl, originalFileName, contentType, published, language, ocr);
    }
}
