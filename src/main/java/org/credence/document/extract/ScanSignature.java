package org.credence.document.extract;

import java.nio.charset.StandardCharsets;

/**
 * Whether a file may need OCR — a PDF or an image Tesseract reads — told by its first bytes alone.
 * Tika's full detection gives the same answer for these formats but costs as much as parsing a small
 * web page; asking it twice more per file (for the OCR time allowance and the OCR setting) took a
 * quarter of a light import's time.
 */
final class ScanSignature {

    /** Where a PDF's header may start: readers accept leading junk within the first kilobyte. */
    private static final int PDF_HEADER_WITHIN = 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] IMAGES = {
        {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, // PNG
        {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, // JPEG
        {'I', 'I', '*', 0}, // TIFF, little-endian
        {'M', 'M', 0, '*'}, // TIFF, big-endian
        {'G', 'I', 'F', '8'}, // GIF
        {'B', 'M'}, // BMP
        {0, 0, 0, 0x0c, 'j', 'P', ' ', ' '}, // JPEG 2000
    };

    private ScanSignature() {}

    static boolean mayNeedOcr(byte[] bytes) {
        return isPdf(bytes) || isImage(bytes);
    }

    static boolean isPdf(byte[] bytes) {
        int last = Math.min(bytes.length, PDF_HEADER_WITHIN) - PDF.length;
        for (int at = 0; at <= last; at++) {
            if (startsWith(bytes, at, PDF)) {
                return true;
            }
        }
        return false;
    }

    static boolean isImage(byte[] bytes) {
        for (byte[] signature : IMAGES) {
            if (startsWith(bytes, 0, signature)) {
                return true;
            }
        }
        return isWebp(bytes) || isNetpbm(bytes);
    }

    private static boolean isWebp(byte[] bytes) {
        return startsWith(bytes, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && startsWith(bytes, 8, "WEBP".getBytes(StandardCharsets.US_ASCII));
    }

    /** PBM, PGM and PPM: "P1" to "P6" and white space. */
    private static boolean isNetpbm(byte[] bytes) {
        return bytes.length > 2
                && bytes[0] == 'P'
                && bytes[1] >= '1'
                && bytes[1] <= '6'
                && Character.isWhitespace(bytes[2]);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
