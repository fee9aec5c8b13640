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
 * {@code memo.doc} is the one exception: POI cannot write Word 97 files, so it was converted once
 * from a small HTML page (title "Field memo", author "Night Desk") with LibreOffice:
 * {@code soffice --headless --convert-to 'doc:MS Word 97' memo.html}.
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
        writeOfficeAndPackages(dir);
        try (XWPFDocument docx = new XWPFDocument();
                OutputStream out = Files.newOutputStream(dir.resolve("article.docx"))) {
            docx.getProperties().getCoreProperties().setTitle("Fighter estimates vary");
            docx.getProperties().getCoreProperties().setCreator("Desk Editor");
            docx.createParagraph().createRun().setText("Fighter estimates vary");
            docx.createParagraph().createRun().setText(DOCX_TEXT);
            docx.write(out);
        }
    }

    static final String SHEET_TEXT = "Fighters estimated at 2,200";
    static final String SLIDE_TEXT = "Unconfirmed reports of an execution";
    static final String ODT_TEXT = "The ministry denied the report.";
    static final String EPUB_TEXT = "A chapter about the Khorasan province.";

    private static void writeOfficeAndPackages(Path dir) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                OutputStream out = Files.newOutputStream(dir.resolve("figures.xlsx"))) {
            xlsx.createSheet("Estimates").createRow(0).createCell(0).setCellValue(SHEET_TEXT);
            xlsx.write(out);
        }
        try (org.apache.poi.xslf.usermodel.XMLSlideShow pptx = new org.apache.poi.xslf.usermodel.XMLSlideShow();
                OutputStream out = Files.newOutputStream(dir.resolve("briefing.pptx"))) {
            pptx.createSlide().createTextBox().setText(SLIDE_TEXT);
            pptx.write(out);
        }
        zip(dir.resolve("statement.odt"), new String[][] {
            {"mimetype", "application/vnd.oasis.opendocument.text"},
            {
                "META-INF/manifest.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>"
            },
            {
                "meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>"
                        + "<dc:title>Ministry statement</dc:title></office:meta></office:document-meta>"
            },
            {
                "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                        + "<office:body><office:text><text:p>" + ODT_TEXT + "</text:p></office:text></office:body>"
                        + "</office:document-content>"
            },
        });
        zip(dir.resolve("book.epub"), new String[][] {
            {"mimetype", "application/epub+zip"},
            {
                "META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\""
                        + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                        + " full-path=\"content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>"
            },
            {
                "content.opf",
                "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\""
                        + " unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                        + "<dc:title>Field notes</dc:title><dc:identifier id=\"id\">credence-test</dc:identifier></metadata>"
                        + "<manifest><item id=\"c1\" href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                        + "<spine><itemref idref=\"c1\"/></spine></package>"
            },
            {
                "chapter.xhtml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                        + "<head><title>Chapter</title></head><body><p>" + EPUB_TEXT + "</p></body></html>"
            },
        });
    }

    /** A zip whose first entry is stored uncompressed, as ODF and EPUB require of "mimetype". */
    private static void zip(Path file, String[][] entries) throws Exception {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i++) {
                byte[] content = entries[i][1].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(entries[i][0]);
                if (i == 0) {
                    entry.setMethod(java.util.zip.ZipEntry.STORED);
                    entry.setSize(content.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(content);
                    entry.setCrc(crc.getValue());
                }
                entry.setTime(315532800000L);
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
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
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
