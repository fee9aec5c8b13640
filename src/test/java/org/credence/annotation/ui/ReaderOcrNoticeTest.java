package org.credence.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.document.ImportOutcome;
import org.credence.document.extract.ScanFixtures;
import org.credence.document.ui.DocumentDetailsDialog;
import org.credence.document.ui.OcrNotice;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A text read by OCR says so above the text and in Details, with the original scan a click away. */
class ReaderOcrNoticeTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Test
    void a_scan_read_by_ocr_shows_a_notice_with_the_engine_and_a_link_to_the_original() {
        login("editor", Role.EDITOR);
        ImportOutcome scan =
                documents.importFile("minutes-scan.pdf", ScanFixtures.scannedPdf(ScanFixtures.MINUTES), "editor");
        long typed = TestCorpus.importText(documents, "Typed minutes\nThe bridge will close for repairs on Monday.");

        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("documents/" + scan.documentId());
        OcrNotice notice = _get(OcrNotice.class, spec -> spec.withId("ocr-notice"));

        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().getTextRecursively())
                .matches(
                        "This text was read by OCR \\(Tesseract [\\d.]+, English, 1 page\\)\\. Letters and figures may"
                                + " be misread: check a quote against the original before you rely on it\\. Download the original");
        assertThat(_get(notice, Anchor.class).getHref()).isNotBlank();

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("document-details-open")));
        assertThat(_get(DocumentDetailsDialog.class).getElement().getTextRecursively())
                .containsPattern("OCR \\(Tesseract [\\d.]+, English, 1 page\\)Text from");

        UI.getCurrent().navigate("documents/" + typed);
        // a typed document has no notice (Karibu finds only visible components)
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(OcrNotice.class);
    }
}
