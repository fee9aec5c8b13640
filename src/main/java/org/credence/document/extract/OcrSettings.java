package org.credence.document.extract;

import java.time.Duration;

/**
 * Reading scans and photos by OCR (Tesseract, called by Tika as a program).
 *
 * @param enabled whether OCR is used at all
 * @param languages Tesseract's language codes joined by '+', e.g. {@code eng} or {@code eng+fra}
 * @param pageTimeout how long Tesseract may take on one page or image
 * @param fileTimeout how much longer than the ordinary parse limit one file may take when it is read by OCR
 */
public record OcrSettings(boolean enabled, String languages, Duration pageTimeout, Duration fileTimeout) {

    public static final OcrSettings DEFAULT =
            new OcrSettings(true, "eng", Duration.ofSeconds(120), Duration.ofMinutes(10));

    public static final OcrSettings OFF = new OcrSettings(false, "eng", Duration.ofSeconds(120), Duration.ZERO);
}
