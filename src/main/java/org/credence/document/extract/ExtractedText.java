package org.credence.document.extract;

import java.time.LocalDate;

/**
 * What an extractor read from a file: the raw text before Credence normalises it, and the metadata
 * the format carried (any of which may be null).
 *
 * @param url the canonical link or og:url of a web page
 * @param language the language the file declares (not detected)
 * @param skippedEmbedded embedded files nested too deep to be read
 * @param ocr how the text was read by OCR; null when it came from the file's own text
 */
public record ExtractedText(
        String text,
        String title,
        String author,
        String publisher,
        String url,
        String contentType,
        LocalDate published,
        String language,
        int skippedEmbedded,
        OcrUse ocr) {

    public ExtractedText(String text, String title, String author, String contentType, LocalDate published) {
        this(text, title, author, null, null, contentType, published, null, 0, null);
    }
}
