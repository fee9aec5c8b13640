package org.credence.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * News-article-sized files made in code for the import benchmark: html, docx, pdf and txt in turn,
 * each about 4 KB of text in paragraphs, different in every file (seeded, so every run makes the
 * same corpus). POI and PDFBox come with Tika.
 */
public final class SyntheticCorpus {

    private static final String[] SUBJECTS = {
        "The ministry",
        "A spokesman",
        "Local officials",
        "Witnesses",
        "The provincial governor",
        "Security sources",
        "Residents",
        "A United Nations report",
        "The group",
        "Analysts"
    };
    private static final String[] VERBS = {
        "said", "reported", "denied", "confirmed", "claimed", "estimated", "warned", "suggested"
    };
    private static final String[] OBJECTS = {
        "that fighters had crossed the border overnight",
        "that between 500 and 1,200 militants were active in the area",
        "that a senior commander had been killed",
        "that the attack had been planned for weeks",
        "that the figures could not be verified",
        "that the road to the airport was closed",
        "that up to 2,200 fighters remained in the province",
        "that talks would resume next month"
    };
    private static final String[] FORMATS = {"html", "docx", "pdf", "txt"};

    private SyntheticCorpus() {}

    /** The light formats of the import issue: what a newsroom's web pages and wire copy come as. */
    public static final List<String> LIGHT = List.of("html", "txt");

    /** Writes {@code count} files into {@code dir} unless it already holds them; returns their paths. */
    public static List<Path> write(Path dir, int count) throws IOException {
        return write(dir, count, List.of(FORMATS));
    }

    /** {@link #write(Path, int)} in the given formats only, in turn. */
    public static List<Path> write(Path dir, int count, List<String> formats) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String format = formats.get(i % formats.size());
            Path file = dir.resolve(String.format("article-%05d.%s", i, format));
            if (!Files.exists(file)) {
                Article article = article(i);
                Files.write(
                        file,
                        switch (format) {
                            case "html" -> html(article);
                            case "docx" -> docx(article);
                            case "pdf" -> pdf(article);
                            default -> text(i).getBytes(StandardCharsets.UTF_8);
                        });
            }
            files.add(file);
        }
        return files;
    }

    record Article(String title, List<String> paragraphs) {}

    /** Article {@code number} as plain text (title, blank line, paragraphs), for benchmarks that skip Tika. */
    public static String text(int number) {
        Article article = article(number);
        return article.title + "\n\n" + String.join("\n\n", article.paragraphs);
    }

    static Article article(int number) {
        Random random = new Random(number);
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                paragraph
                        .append(pick(random, SUBJECTS))
                        .append(' ')
                        .append(pick(random, VERBS))
                        .append(' ')
                        .append(pick(random, OBJECTS))
                        .append(", report ")
                        .append(number)
                        .append('.')
                        .append(p)
                        .append('.')
                        .append(s)
                        .append(". ");
            }
            paragraphs.add(paragraph.toString().strip());
        }
        return new Article("Report " + number + ": " + pick(random, OBJECTS), paragraphs);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static byte[] html(Article article) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(article.title)
                .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
                .append(article.title)
                .append("</h1>");
        article.paragraphs.forEach(p -> html.append("<p>").append(p).append("</p>"));
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx(Article article) throws IOException {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(article.title);
            article.paragraphs.forEach(p -> docx.createParagraph().createRun().setText(p));
            docx.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf(Article article) throws IOException {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle(article.title);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                content.setLeading(10);
                content.newLineAtOffset(30, 760);
                for (String paragraph : article.paragraphs) {
                    // PDF text has no wrapping: one line per sentence keeps it on the page.
                    for (String sentence : paragraph.split("(?<=\\. )")) {
                        content.showText(sentence.strip());
                        content.newLine();
                    }
                    content.newLine();
                }
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
