package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.AbstractServiceTest;
import org.credence.document.extract.ScanFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scans and damaged PDFs through the import, with the app's own OCR set-up (Tesseract on the PATH). */
class OcrImportTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Test
    void a_scanned_pdf_is_imported_by_ocr_marked_as_such_with_its_original_kept() {
        byte[] scan = ScanFixtures.scannedPdf(ScanFixtures.MINUTES);

        ImportOutcome outcome = documents.importFile("council-minutes.pdf", scan, "test");

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ImportOutcome.Status.CREATED);
        DocumentDetails details = documents.get(outcome.documentId());
        assertThat(details.text()).contains("The bridge will close for repairs on Monday.");
        assertThat(details.extraction()).isEqualTo("ocr");
        assertThat(details.ocr().engine()).startsWith("Tesseract ");
        assertThat(details.ocr().languages()).isEqualTo("eng");
        assertThat(details.ocr().pages()).isEqualTo(1);
        assertThat(documents.original(outcome.documentId()).content()).isEqualTo(scan);
    }

    @Test
    void a_photo_is_imported_by_ocr() {
        ImportOutcome outcome = documents.importFile("notice.png", ScanFixtures.png(ScanFixtures.MINUTES), "test");

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ImportOutcome.Status.CREATED);
        assertThat(documents.get(outcome.documentId()).ocr()).isNotNull();
    }

    @Test
    void a_text_file_says_its_text_is_its_own() {
        ImportOutcome outcome = documents.importFile("note.txt", "The bridge reopened.".getBytes(), "test");

        assertThat(documents.get(outcome.documentId()).extraction()).isEqualTo("text");
        assertThat(documents.get(outcome.documentId()).ocr()).isNull();
    }
}
