package org.credence.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Damaged PDFs, scans and photos, on the extractor alone: what each gets with OCR (Tesseract is installed
 * by scripts/ensure-tesseract before the tests), without Tesseract, and with OCR switched off.
 */
class DamagedAndScannedTest {

    static final ExtractionLimits LIMITS = new ExtractionLimits(Duration.ofSeconds(60), 3, 1_000_000);

    private TikaTextExtractor extractor;

    private TikaTextExtractor withOcr() {
        extractor = new TikaTextExtractor(LIMITS, OcrSettings.DEFAULT, () -> Tesseract.version("tesseract"));
        assertThat(extractor.ocrEngine())
                .as("Tesseract must be installed for these tests: bash scripts/ensure-tesseract")
                .hasValueSatisfying(engine -> assertThat(engine).matches("Tesseract \\d+\\.\\d+.*"));
        return extractor;
    }

    private TikaTextExtractor withoutTesseract() {
        extractor = new TikaTextExtractor(LIMITS, OcrSettings.DEFAULT, Optional::empty);
        return extractor;
    }

    private TikaTextExtractor withOcrSwitchedOff() {
        extractor = new TikaTextExtractor(LIMITS, OcrSettings.OFF, () -> Tesseract.version("tesseract"));
        return extractor;
    }

    @AfterEach
    void stop() {
        extractor.destroy();
    }

    @Test
    void a_truncated_pdf_whose_fonts_were_lost_is_refused_with_the_share_of_unreadable_characters() {
        assertThatThrownBy(() -> withoutTesseract().extract("cut.pdf", ScanFixtures.truncatedPdf()))
                .isInstanceOf(ExtractionException.class)
                .hasMessageMatching(
                        "The text of this PDF could not be decoded \\(fonts without a Unicode map, or a damaged"
                                + " file\\); \\d\\d% of the characters are unreadable\\. OCR could read its pages instead, which"
                                + " needs Tesseract on the server \\(install it with scripts/ensure-tesseract, or: sudo apt-get"
                                + " install tesseract-ocr\\)\\.");
    }

    @Test
    void a_pdf_whose_font_has_no_unicode_map_is_refused_without_ocr() {
        assertThatThrownBy(() -> withOcrSwitchedOff().extract("minutes.pdf", ScanFixtures.pdfWithoutUnicodeMap(true)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("The text of this PDF could not be decoded (fonts without a Unicode map")
                .hasMessageEndingWith(
                        "OCR could read its pages instead, which is switched off here (credence.import.ocr.enabled=false).");
    }

    @Test
    void a_pdf_whose_font_has_no_unicode_map_is_read_by_ocr_instead_when_its_pages_show_the_text() throws Exception {
        ExtractedText text = withOcr().extract("minutes.pdf", ScanFixtures.pdfWithoutUnicodeMap(true));

        assertThat(text.text()).contains("The bridge will close for repairs on Monday.");
        assertThat(text.ocr().engine()).startsWith("Tesseract ");
        assertThat(text.ocr().languages()).isEqualTo("eng");
        assertThat(text.ocr().pages()).isEqualTo(1);
    }

    @Test
    void a_pdf_whose_text_neither_decodes_nor_shows_is_refused_after_trying_ocr() {
        assertThatThrownBy(() -> withOcr().extract("blank.pdf", ScanFixtures.pdfWithoutUnicodeMap(false)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("The text of this PDF could not be decoded")
                .hasMessageEndingWith("Reading its pages by OCR did not give readable text either.");
    }

    @Test
    void an_image_only_pdf_is_read_by_ocr_and_says_so() throws Exception {
        ExtractedText text = withOcr().extract("scan.pdf", ScanFixtures.scannedPdf(ScanFixtures.MINUTES));

        assertThat(text.text()).contains("Council minutes, 3 March").contains("Twelve residents objected to the plan.");
        assertThat(text.ocr().pages()).isEqualTo(1);
        assertThat(text.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void a_png_is_read_by_ocr() throws Exception {
        ExtractedText text = withOcr().extract("photo.png", ScanFixtures.png(ScanFixtures.MINUTES));

        assertThat(text.text()).contains("The bridge will close for repairs on Monday.");
        assertThat(text.ocr()).isNotNull();
        assertThat(text.ocr().pages()).isZero();
    }

    @Test
    void a_photo_without_text_says_ocr_found_none() {
        assertThatThrownBy(() -> withOcr().extract("sky.png", ScanFixtures.png()))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("OCR found no text in this image (image/png).");
    }

    @Test
    void without_tesseract_a_scan_or_a_photo_fails_saying_how_to_install_it() {
        assertThatThrownBy(() -> withoutTesseract().extract("photo.png", ScanFixtures.png(ScanFixtures.MINUTES)))
                .isInstanceOf(ExtractionException.class)
                .hasMessage(
                        "This is an image (image/png); its text can only be read by OCR, which needs Tesseract on"
                                + " the server (install it with scripts/ensure-tesseract, or: sudo apt-get install tesseract-ocr).");
        assertThatThrownBy(() -> extractor.extract("scan.pdf", ScanFixtures.scannedPdf(ScanFixtures.MINUTES)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith(
                        "This PDF has no text layer (a scan?); its text can only be read by OCR, which needs"
                                + " Tesseract");
    }

    @Test
    void with_ocr_switched_off_a_photo_fails_saying_so() {
        assertThatThrownBy(() -> withOcrSwitchedOff().extract("photo.png", ScanFixtures.png(ScanFixtures.MINUTES)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageEndingWith("which is switched off here (credence.import.ocr.enabled=false).");
    }

    @Test
    void ocr_has_a_time_limit_per_page() {
        extractor = new TikaTextExtractor(
                LIMITS,
                new OcrSettings(true, "eng", Duration.ofSeconds(1), Duration.ofMinutes(1)),
                () -> Tesseract.version("tesseract"));
        // A page so large Tesseract cannot finish it within a second
        String[] lines = new String[24];
        java.util.Arrays.fill(lines, String.join(" ", ScanFixtures.MINUTES));

        assertThatThrownBy(() -> extractor.extract("huge.png", ScanFixtures.png(lines)))
                .isInstanceOf(ExtractionException.class)
                .hasMessage(
                        "Reading a page by OCR took longer than the limit of 1 s (credence.import.ocr.page-timeout);"
                                + " the file was given up.");
    }

    @Test
    void a_word_file_is_not_read_by_ocr_and_text_files_are_unchanged() throws Exception {
        ExtractedText text = withOcr().extract("note.txt", "The bridge will close on Monday.".getBytes());

        assertThat(text.ocr()).isNull();
        assertThat(text.text()).contains("The bridge will close on Monday.");
    }
}
