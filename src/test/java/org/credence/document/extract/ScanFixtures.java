package org.credence.document.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Damaged and scanned documents made in the test, the way newsrooms receive them: a PDF cut in half
 * in transit, a scan whose hidden text layer was written with a font that has no Unicode map, an
 * image-only PDF and a photo of a page.
 */
public final class ScanFixtures {

    public static final String[] MINUTES = {
        "Council minutes, 3 March",
        "The bridge will close for repairs on Monday.",
        "Twelve residents objected to the plan."
    };

    static final String PROSE = "Developer flooding reached the lower town on Monday night, the council said. ";
    private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    private ScanFixtures() {}

    /**
     * The first fifth of an eight-page PDF whose text uses an embedded font: PDFBox recovers the pages but
     * not the fonts, and decodes each two-byte glyph code as two characters ("�9�H�O…").
     */
    public static byte[] truncatedPdf() {
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font font = PDType0Font.load(pdf, new File(FONT));
            for (int p = 0; p < 8; p++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(50, 700);
                    for (int line = 0; line < 30; line++) {
                        content.showText(PROSE);
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            byte[] whole = out.toByteArray();
            return Arrays.copyOf(whole, whole.length / 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A scan of {@link #MINUTES} with a hidden text layer written in a font whose glyphs have private names
     * and no Unicode map: the text layer decodes to shifted codes ("*FYJQTUJW…"), the page itself is readable.
     * With {@code withImage} false the page shows nothing and only the broken text layer is there.
     */
    public static byte[] pdfWithoutUnicodeMap(boolean withImage) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDResources resources = new PDResources();
            page.setResources(resources);
            StringBuilder content = new StringBuilder();
            if (withImage) {
                COSName image = resources.add(LosslessFactory.createFromImage(pdf, page(MINUTES)));
                content.append("q 612 0 0 792 0 0 cm /").append(image.getName()).append(" Do Q\n");
            }
            COSName font = resources.add(privatelyNamedFont());
            // Written as raw glyph codes: PDFBox would refuse to encode characters the font has no names for.
            content.append("BT /").append(font.getName()).append(" 11 Tf 3 Tr 50 700 Td\n");
            for (int line = 0; line < 12; line++) {
                content.append('<');
                for (char c : (String.join(" ", MINUTES) + " " + PROSE).toCharArray()) {
                    content.append(String.format("%02X", c - 29));
                }
                content.append("> Tj 0 -14 Td\n");
            }
            content.append("ET\n");
            PDStream stream = new PDStream(pdf);
            try (java.io.OutputStream out = stream.createOutputStream()) {
                out.write(content.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image-only PDF: a page of {@link #MINUTES} as a 150 dpi greyscale scan, no text layer. */
    public static byte[] scannedPdf(String... lines) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, page(lines)), 0, 0, 612, 792);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo of a page of text, as PNG. */
    public static byte[] png(String... lines) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page(lines), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage page(String... lines) {
        BufferedImage image = new BufferedImage(1275, 1650, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font("DejaVu Serif", java.awt.Font.PLAIN, 36));
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 100, y);
            y += 60;
        }
        g.dispose();
        return image;
    }

    /**
     * Helvetica with an encoding that gives every printable character a private glyph name at its code
     * minus 29, as subset fonts number glyphs: nothing maps those names back to Unicode.
     */
    private static PDType1Font privatelyNamedFont() throws IOException {
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(3));
        for (int c = 32; c < 127; c++) {
            differences.add(COSName.getPDFName("g" + (c - 29) + ".sc"));
        }
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
        font.setItem(COSName.ENCODING, encoding);
        return new PDType1Font(font);
    }
}
