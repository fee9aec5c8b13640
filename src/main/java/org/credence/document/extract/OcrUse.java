package org.credence.document.extract;

/**
 * That a text was read by OCR, and how: kept in provenance, because OCR text has its own kinds of
 * error (misread letters and figures) a reviewer should know of.
 *
 * @param engine the OCR program and its version, e.g. "Tesseract 5.3.0"
 * @param languages the languages it was told to read
 * @param pages pages read by OCR (0 for an image)
 */
public record OcrUse(String engine, String languages, int pages) {}
