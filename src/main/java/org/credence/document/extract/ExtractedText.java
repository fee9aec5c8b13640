package org.credence.document.extract;

import java.time.LocalDate;

/**
 * What an extractor read from a file: the raw text before Credence normalises it, and the
 * metadata the format carried (any of which may be null).
 */
public record ExtractedText(String text, String title, String author, String contentType, LocalDate published) {
}
