package org.credence.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.credence.TestCorpus;
import org.credence.TestFiles;

/**
 * Hostile files for import, each with what it must get: refused with a reason, or imported and kept
 * as plain text. Made in code from the format fixtures so the corpus needs no binary blobs of its own.
 */
final class HostileFiles {

    enum Expect {
        REFUSED,
        IMPORTED_AS_TEXT
    }

    record HostileFile(String name, byte[] bytes, Expect expect, String why) {
        @Override
        public String toString() {
            return name + " (" + why + ")";
        }
    }

    /** Real files of each format the importer reads, to truncate and mislabel. */
    static final List<String> FIXTURES = List.of(
            "article.pdf",
            "article.docx",
            "statement.odt",
            "briefing.pptx",
            "figures.xlsx",
            "book.epub",
            "memo.doc",
            "report.rtf",
            "tip.eml",
            "article.html");

    private HostileFiles() {}

    static List<HostileFile> all() {
        List<HostileFile> files = new ArrayList<>();
        for (String extension : List.of("txt", "html", "pdf", "docx", "odt", "rtf", "eml", "doc", "epub", "md")) {
            files.add(new HostileFile("empty." + extension, new byte[0], Expect.REFUSED, "empty"));
        }
        files.add(new HostileFile(
                "blank.txt", "  \n\t \r\n".getBytes(StandardCharsets.UTF_8), Expect.REFUSED, "only white space"));
        for (String fixture : FIXTURES) {
            byte[] whole = TestCorpus.fixture("document/" + fixture);
            for (int percent : new int[] {3, 50}) {
                files.add(new HostileFile(
                        "truncated-" + percent + "-" + fixture,
                        Arrays.copyOf(whole, whole.length * percent / 100),
                        Expect.REFUSED,
                        "truncated"));
            }
            // Cut near the end, most formats still yield most of their text (Tika's readers are lenient, zip
            // entries are read from their local headers) and are imported with the text that is there;
            // ODF needs the zip's directory and OLE2 its sector table, so those are refused.
            boolean needsTheEnd = fixture.endsWith(".odt") || fixture.endsWith(".doc");
            files.add(new HostileFile(
                    "truncated-90-" + fixture,
                    Arrays.copyOf(whole, whole.length * 90 / 100),
                    needsTheEnd ? Expect.REFUSED : Expect.IMPORTED_AS_TEXT,
                    "truncated near the end"));
        }
        Random random = new Random(8);
        for (String extension : List.of("pdf", "docx", "odt", "doc", "xlsx", "pptx", "rtf", "epub")) {
            files.add(
                    new HostileFile("random." + extension, randomBytes(random, 4096), Expect.REFUSED, "random bytes"));
        }
        files.add(new HostileFile(
                "pdf-header.pdf",
                concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), randomBytes(random, 4096)),
                Expect.REFUSED,
                "PDF magic then garbage"));
        files.add(new HostileFile(
                "zip-header.docx",
                concat(new byte[] {'P', 'K', 3, 4}, randomBytes(random, 4096)),
                Expect.REFUSED,
                "zip magic then garbage"));
        files.add(new HostileFile(
                "ole-header.doc",
                concat(
                        new byte[] {
                            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                        },
                        randomBytes(random, 4096)),
                Expect.REFUSED,
                "OLE2 magic then garbage"));
        files.add(new HostileFile(
                "zip-without-document.docx",
                TestFiles.zip(TestFiles.entries("hello.bin", randomBytes(random, 100))),
                Expect.REFUSED,
                "a zip that is no Office document"));
        files.add(
                new HostileFile("corrupt.pdf", TestCorpus.fixture("document/corrupt.pdf"), Expect.REFUSED, "corrupt"));
        files.add(new HostileFile(
                "encrypted.pdf", TestCorpus.fixture("document/encrypted.pdf"), Expect.REFUSED, "password protected"));

        byte[] pdf = TestCorpus.fixture("document/article.pdf");
        byte[] docx = TestCorpus.fixture("document/article.docx");
        byte[] html = TestCorpus.fixture("document/article.html");
        files.add(new HostileFile("pdf-named.txt", pdf, Expect.IMPORTED_AS_TEXT, "wrong extension: read by content"));
        files.add(new HostileFile("pdf-named.docx", pdf, Expect.IMPORTED_AS_TEXT, "wrong extension"));
        files.add(new HostileFile("docx-named.pdf", docx, Expect.IMPORTED_AS_TEXT, "wrong extension"));
        files.add(new HostileFile("docx-named.html", docx, Expect.IMPORTED_AS_TEXT, "wrong extension"));
        files.add(new HostileFile("html-named.pdf", html, Expect.IMPORTED_AS_TEXT, "wrong extension"));
        files.add(new HostileFile(
                "odt-named.doc",
                TestCorpus.fixture("document/statement.odt"),
                Expect.IMPORTED_AS_TEXT,
                "wrong extension"));
        files.add(new HostileFile(
                "png-named.txt",
                concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, randomBytes(random, 2048)),
                Expect.REFUSED,
                "an image: no text"));
        files.add(new HostileFile(
                "no-extension",
                "A plain statement without any extension.".getBytes(StandardCharsets.UTF_8),
                Expect.IMPORTED_AS_TEXT,
                "no extension"));

        files.add(new HostileFile("bomb.gz", TestFiles.gzipBomb(60), Expect.REFUSED, "60 MB of text in 60 KB"));
        files.add(new HostileFile(
                "zip-in-zip-bomb.zip",
                TestFiles.zip(TestFiles.entries("inner.gz", TestFiles.gzipBomb(60))),
                Expect.REFUSED,
                "a gzip bomb inside a zip"));
        byte[] nested = TestFiles.zip(TestFiles.entries("deep.txt", "Five zips deep."));
        for (int level = 0; level < 4; level++) {
            nested = TestFiles.zip(TestFiles.entries("level" + level + ".zip", nested));
        }
        files.add(new HostileFile("nested-5.zip", nested, Expect.REFUSED, "nested deeper than the limit"));
        files.add(new HostileFile(
                "traversal.zip",
                TestFiles.zip(TestFiles.entries("../../../etc/evil.txt", "A name that climbs out of the folder.")),
                Expect.IMPORTED_AS_TEXT,
                "path traversal in an entry name"));
        files.add(new HostileFile(
                "oversized.txt",
                "Too big. ".repeat(300_000).getBytes(StandardCharsets.UTF_8),
                Expect.REFUSED,
                "over the size limit"));

        files.add(new HostileFile(
                "lone-continuation.txt",
                concat(
                        "Before ".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0x80, (byte) 0xBF, (byte) 0x80},
                        " after.".getBytes(StandardCharsets.UTF_8)),
                Expect.IMPORTED_AS_TEXT,
                "invalid UTF-8: lone continuation bytes"));
        files.add(new HostileFile(
                "overlong.txt",
                concat(
                        "Overlong ".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                        " slash.".getBytes(StandardCharsets.UTF_8)),
                Expect.IMPORTED_AS_TEXT,
                "invalid UTF-8: overlong encodings"));
        files.add(new HostileFile(
                "cut-multibyte.txt",
                concat("Cut at the end ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xF0, (byte) 0x9F}),
                Expect.IMPORTED_AS_TEXT,
                "invalid UTF-8: cut in a character"));
        files.add(new HostileFile(
                "nul-bytes.txt",
                concat(
                        "Nul ".getBytes(StandardCharsets.UTF_8),
                        new byte[] {0, 0, 0},
                        " bytes inside.".getBytes(StandardCharsets.UTF_8)),
                Expect.IMPORTED_AS_TEXT,
                "NUL bytes"));
        files.add(new HostileFile(
                "utf16-no-bom.txt",
                "Sixteen bits without a mark, officials said.".getBytes(StandardCharsets.UTF_16LE),
                Expect.IMPORTED_AS_TEXT,
                "UTF-16 without a byte-order mark"));
        files.add(new HostileFile(
                "surrogate.txt",
                concat(
                        "Half a pair ".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        ".".getBytes(StandardCharsets.UTF_8)),
                Expect.IMPORTED_AS_TEXT,
                "invalid UTF-8: an encoded surrogate"));
        files.add(new HostileFile(
                "bidi.txt",
                "Officials said \u202Egnihton\u202C happened.".getBytes(StandardCharsets.UTF_8),
                Expect.IMPORTED_AS_TEXT,
                "bidirectional override characters"));

        for (Map.Entry<String, String> markup : MARKUP.entrySet()) {
            files.add(new HostileFile(
                    markup.getKey(),
                    markup.getValue().getBytes(StandardCharsets.UTF_8),
                    Expect.IMPORTED_AS_TEXT,
                    "script and markup: stored and shown as text"));
        }
        return files;
    }

    static final Map<String, String> MARKUP = Map.of(
            "script.txt", "Officials said <script>alert('x')</script> nothing.",
            "script-title.html",
                    "<html><head><title><img src=x onerror=alert(1)></title></head>"
                            + "<body><p>The body <script>alert(2)</script>says little.</p></body></html>",
            "handlers.html",
                    "<html><body><p onclick=\"alert(3)\">Click <a href=\"javascript:alert(4)\">here</a>."
                            + "</p><iframe src=\"javascript:alert(5)\"></iframe></body></html>",
            "javascript-link.md", "# Notes\n\n[a link](javascript:alert(6)) and <img src=x onerror=alert(7)>.",
            "script-subject.eml",
                    "From: <script>@example.org\r\nSubject: <script>alert(8)</script>\r\n"
                            + "Content-Type: text/plain\r\n\r\nThe tip <b>says</b> this.\r\n",
            "svg.html", "<html><body><svg onload=alert(9)><text>Drawn words</text></svg></body></html>",
            "entities.html", "<html><body><p>&lt;script&gt;alert(10)&lt;/script&gt; is text here.</p></body></html>");

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
