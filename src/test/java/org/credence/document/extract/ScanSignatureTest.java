package org.credence.document.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanSignatureTest {

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "tiff", "gif", "bmp"})
    void images_written_by_java_are_known_by_their_first_bytes(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out))
                .as("Java writes %s", format)
                .isTrue();

        assertThat(ScanSignature.isImage(out.toByteArray())).isTrue();
        assertThat(ScanSignature.mayNeedOcr(out.toByteArray())).isTrue();
    }

    @Test
    void a_pdf_is_known_by_its_header_also_after_leading_junk_within_the_first_kilobyte() {
        assertThat(ScanSignature.isPdf(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).isTrue();
        assertThat(ScanSignature.isPdf(ascii("\r\n".repeat(100) + "%PDF-1.4\n")))
                .isTrue();
        assertThat(ScanSignature.isPdf(ascii(" ".repeat(2000) + "%PDF-1.4\n"))).isFalse();
        assertThat(ScanSignature.isPdf(ascii("A report that mentions %PDF- in its text")))
                .as("within the first kilobyte, as PDF readers accept it")
                .isTrue();
    }

    @Test
    void text_web_pages_office_files_and_empty_files_never_need_ocr() {
        assertThat(ScanSignature.mayNeedOcr(ascii("<!DOCTYPE html><html><body><p>Text</p></body></html>")))
                .isFalse();
        assertThat(ScanSignature.mayNeedOcr(ascii("Plain wire copy.\nSecond line.")))
                .isFalse();
        assertThat(ScanSignature.mayNeedOcr(new byte[] {'P', 'K', 3, 4, 20, 0}))
                .as("docx, odt: zip")
                .isFalse();
        assertThat(ScanSignature.mayNeedOcr(ascii("{\\rtf1\\ansi Text}"))).isFalse();
        assertThat(ScanSignature.mayNeedOcr(new byte[0])).isFalse();
        assertThat(ScanSignature.mayNeedOcr(ascii("P"))).isFalse();
    }

    @Test
    void netpbm_and_webp_headers_are_images() {
        assertThat(ScanSignature.isImage(ascii("P6\n8 8\n255\n"))).isTrue();
        assertThat(ScanSignature.isImage(ascii("RIFF\0\0\0\0WEBPVP8 "))).isTrue();
        assertThat(ScanSignature.isImage(ascii("RIFF\0\0\0\0WAVEfmt ")))
                .as("a WAV file")
                .isFalse();
        assertThat(ScanSignature.isImage(ascii("Paris, 3 December"))).isFalse();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
