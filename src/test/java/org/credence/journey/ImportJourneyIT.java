package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.document.extract.ScanFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Bulk import in a real browser: several files and a zip dropped at once become one batch whose
 * progress and summary are pushed to the page; then a document's details are corrected in the Reader
 * and its new source appears in the Sources view.
 */
class ImportJourneyIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Test
    void a_reviewer_uploads_files_and_a_zip_sees_the_summary_then_corrects_a_documents_source() {
        String marker = UUID.randomUUID().toString();
        Page page = browser.newPage();
        signIn(page, "reviewer1");
        page.locator("vaadin-grid#documents, #library-empty").first().waitFor();

        page.locator("vaadin-upload#upload input[type=file]").setInputFiles(new FilePayload[] {
            new FilePayload(
                    "bulletin.txt",
                    "text/plain",
                    TestFiles.utf8("Bulletin " + marker + "\nFighters number up to 2,200.")),
            new FilePayload("locked.pdf", "application/pdf", TestCorpus.fixture("document/encrypted.pdf")),
            new FilePayload(
                    "bundle.zip",
                    "application/zip",
                    TestFiles.zip(TestFiles.entries(
                            "a.txt", "Zipped A " + marker, "b.txt", "Zipped B " + marker, "empty.txt", "")))
        });

        Locator summary = page.locator(".cr-import-line").first();
        summary.filter(new Locator.FilterOptions().setHasText("Done:")).waitFor();
        assertThat(summary.innerText()).isEqualTo("Done: 5 of 5 files — 3 imported, 0 duplicates, 2 failed.");
        assertThat(page.locator("vaadin-grid.cr-import-problems").innerText())
                .contains("bundle.zip/empty.txt", "The file is empty.", "locked.pdf", "password protected");

        long bulletin = documents.list(PageRequest.of(0, 1000)).stream()
                .filter(d -> d.title().equals("Bulletin " + marker))
                .map(DocumentSummary::id)
                .findFirst()
                .orElseThrow();
        openReader(page, bulletin);
        page.locator("#document-details-open").click();
        page.locator("#details-publisher input").fill("Frontier Post " + marker);
        page.locator("#details-url input").fill("https://frontier-" + marker.substring(0, 8) + ".example/bulletin");
        page.locator("#details-save").click();
        page.locator("#document-provenance")
                .filter(new Locator.FilterOptions().setHasText("Frontier Post " + marker))
                .waitFor();

        page.navigate(url("/sources"));
        page.locator("vaadin-grid#sources").waitFor();
        BrowserSession.awaitVaadin(page);
        assertThat(page.locator("vaadin-grid#sources").innerText())
                .contains("Frontier Post " + marker, "frontier-" + marker.substring(0, 8) + ".example");
        page.context().close();
    }

    @Test
    void a_reviewer_uploads_a_photographed_page_and_a_damaged_pdf_and_reads_the_photo_with_its_ocr_notice() {
        // Letters OCR does not confuse with digits, so the title it reads is the title written.
        String marker = new java.util.Random()
                .ints(8, 0, 20)
                .mapToObj(i -> String.valueOf("abcdefghjkmnprstuvwx".charAt(i)))
                .collect(java.util.stream.Collectors.joining());
        Page page = browser.newPage();
        // The set-up's own account: the document is then found in the project both act in.
        signIn(page, "reviewer1");
        page.locator("vaadin-grid#documents, #library-empty").first().waitFor();

        page.locator("vaadin-upload#upload input[type=file]").setInputFiles(new FilePayload[] {
            new FilePayload(
                    "notice-" + marker + ".png",
                    "image/png",
                    ScanFixtures.png("Notice " + marker, "The bridge will close for repairs on Monday.")),
            new FilePayload("cut-" + marker + ".pdf", "application/pdf", ScanFixtures.pdfWithoutUnicodeMap(false))
        });

        Locator summary = page.locator(".cr-import-line").first();
        summary.filter(new Locator.FilterOptions().setHasText("Done:")).waitFor();
        assertThat(summary.innerText()).isEqualTo("Done: 2 of 2 files — 1 imported, 0 duplicates, 1 failed.");
        assertThat(page.locator("vaadin-grid.cr-import-problems").innerText())
                .contains("cut-" + marker + ".pdf", "The text of this PDF could not be decoded");

        long photo = documents.list(PageRequest.of(0, 1000)).stream()
                .filter(d -> d.title().contains(marker))
                .map(DocumentSummary::id)
                .findFirst()
                .orElseThrow();
        openReader(page, photo);
        assertThat(page.locator("#ocr-notice").innerText())
                .startsWith("This text was read by OCR (Tesseract ")
                .contains("Download the original");
        assertThat(page.locator("#document-text").innerText()).contains("The bridge will close for repairs on Monday.");
        screenshots(page, "ocr-notice");
        page.context().close();
    }
}
