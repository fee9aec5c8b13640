package org.credence.document.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.document.extract.OcrUse;

/**
 * Above a text read by OCR: says so, because OCR misreads letters and figures in ways a reviewer
 * quoting the text must check, and offers the original scan to check against.
 */
public class OcrNotice extends Div {

    private final DocumentService documents;

    public OcrNotice(DocumentService documents) {
        this.documents = documents;
        setId("ocr-notice");
        addClassName("cr-notice");
        getElement().setAttribute("role", "note");
        setVisible(false);
    }

    public void show(DocumentDetails details) {
        removeAll();
        OcrUse ocr = details.ocr();
        setVisible(ocr != null);
        if (ocr != null) {
            add(
                    new Span(
                            describe(ocr)
                                    + ". Letters and figures may be misread: check a quote against the original before you rely on it. "));
            add(OriginalFileLink.to(documents, details, "Download the original"));
        }
    }

    /** "This text was read by OCR (Tesseract 5.3.0, English, 3 pages)". */
    static String describe(OcrUse ocr) {
        String languages = Arrays.stream(ocr.languages().split("\\+"))
                .map(code -> {
                    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
                    return name.isBlank() ? code : name;
                })
                .collect(Collectors.joining(", "));
        String pages = ocr.pages() == 0 ? "" : ", " + ocr.pages() + (ocr.pages() == 1 ? " page" : " pages");
        return "This text was read by OCR (" + ocr.engine() + ", " + languages + pages + ")";
    }
}
