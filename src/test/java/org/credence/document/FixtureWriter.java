package org.credence.document;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the binary fixtures under src/test/resources/document with PDFBox and POI (both come
 * with Tika). Run once when a fixture must change; the files themselves are committed:
 * {@code java -cp target/test-classes:$(cat target/cp.txt) org.credence.document.FixtureWriter}.
 */
public final class FixtureWriter {

    static final String PDF_TEXT = "The ministry said an air strike killed a planner of the group.";
    static final String DOCX_TEXT = "A recent report estimated between 500 and 1,200 fighters.";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("src/test/resources/document");
        Files.createDirectories(dir);
        Files.write(dir.resolve("article.pdf"), pdf(false));
        Files.write(dir.resolve("encrypted.pdf"), pdf(true));
        byte[] whole = Files.readAllBytes(dir.resolve("article.pdf"));
        Files.write(dir.resolve("corrupt.pdf"), Arrays.copyOf(whole, whole.length / 3));
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve("article.docx"))) {
            docx.getProperties().getCoreProperties().setTitle("Fighter estimates vary");
            docx.getProperties().getCoreProperties().setCreator("Desk Editor");
            docx.createParagraph().createRun().setText("Fighter estimates vary");
            docx.createParagraph().createRun().setText(DOCX_TEXT);
            docx.write(out);
        }
    }

    private static byte[] pdf(boolean encrypted) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle("Strike report");
            pdf.getDocumentInformation().setAuthor("Wire Service");
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(PDF_TEXT);
                content.endText();
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
