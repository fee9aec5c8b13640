package org.credence.document.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limits that keep one hostile file from hurting the machine, tested on the extractor alone. */
class TikaTextExtractorTest {

    private TikaTextExtractor extractor;

    private TikaTextExtractor extractor(Duration timeout, int maxEmbeddedDepth) {
        extractor = new TikaTextExtractor(new ExtractionLimits(timeout, maxEmbeddedDepth, 1_000_000));
        return extractor;
    }

    @AfterEach
    void stop() {
        if (extractor != null) {
            extractor.destroy();
        }
    }

    @Test
    void a_parse_that_runs_past_the_timeout_is_given_up_with_a_message() {
        TikaTextExtractor impatient = extractor(Duration.ZERO, 3);

        assertThatThrownBy(() -> impatient.extract("article.docx", TestCorpus.fixture("document/article.docx")))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("Reading the file took longer than the limit of 0 s; it was given up.");
    }

    @Test
    void files_nested_deeper_than_the_limit_are_skipped_and_counted() throws Exception {
        byte[] inner = TestFiles.zip(TestFiles.entries("deep.txt", "Text three archives down."));
        byte[] middle = TestFiles.zip(TestFiles.entries("inner.zip", inner, "middle.txt", "Text two archives down."));
        byte[] outer = TestFiles.zip(TestFiles.entries("middle.zip", middle));

        ExtractedText shallow = extractor(Duration.ofSeconds(30), 2).extract("outer.zip", outer);
        assertThat(shallow.text()).contains("Text two archives down.").doesNotContain("Text three archives down.");
        assertThat(shallow.skippedEmbedded()).isEqualTo(1);
        stop();

        ExtractedText deep = extractor(Duration.ofSeconds(30), 3).extract("outer.zip", outer);
        assertThat(deep.text()).contains("Text three archives down.");
        assertThat(deep.skippedEmbedded()).isZero();
    }

    @Test
    void a_plain_zip_is_an_archive_but_zip_based_documents_are_not() {
        TikaTextExtractor tika = extractor(Duration.ofSeconds(30), 3);

        assertThat(tika.isArchive("batch.zip", TestFiles.zip(TestFiles.entries("a.txt", "A"))))
                .isTrue();
        assertThat(tika.isArchive("renamed.bin", TestFiles.zip(TestFiles.entries("a.txt", "A"))))
                .isTrue();
        assertThat(tika.isArchive("article.docx", TestCorpus.fixture("document/article.docx")))
                .isFalse();
        assertThat(tika.isArchive("statement.odt", TestCorpus.fixture("document/statement.odt")))
                .isFalse();
        assertThat(tika.isArchive("book.epub", TestCorpus.fixture("document/book.epub")))
                .isFalse();
        assertThat(tika.isArchive("notes.md", TestCorpus.fixture("document/notes.md")))
                .isFalse();
    }

    @Test
    void packages_are_told_from_their_zip_directory_in_files_too_and_a_zip_holding_one_is_still_an_archive(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        TikaTextExtractor tika = extractor(Duration.ofSeconds(30), 3);
        for (String fixture : java.util.List.of("article.docx", "statement.odt", "book.epub")) {
            java.nio.file.Path file = folder.resolve(fixture);
            java.nio.file.Files.write(file, TestCorpus.fixture("document/" + fixture));
            assertThat(TikaTextExtractor.isPackage(file)).as(fixture).isTrue();
            assertThat(tika.isArchive(fixture, file)).as(fixture).isFalse();
        }
        java.nio.file.Path batch = folder.resolve("batch.zip");
        java.nio.file.Files.write(
                batch,
                TestFiles.zip(TestFiles.entries(
                        "reports/[Content_Types].xml", "<Types/>", "reports/a.txt", "A", "mimetype", "not first")));
        assertThat(TikaTextExtractor.isPackage(batch))
                .as("a package's part in a folder, and 'mimetype' not first, in a plain zip")
                .isFalse();
        assertThat(tika.isArchive("batch.zip", batch)).isTrue();
    }

    @Test
    void a_txt_file_is_read_as_plain_text_even_with_commas_and_other_files_named_txt_as_what_they_are()
            throws Exception {
        TikaTextExtractor tika = extractor(Duration.ofSeconds(30), 3);
        String wire = "Kabul, Aug 27 (Wire) - Officials said, on Friday, that 170 people, including 13 US troops,\n"
                + "were killed; others said 180, 190, or more.\n";

        ExtractedText plain = tika.extract("wire.txt", TestFiles.utf8(wire));
        assertThat(plain.contentType()).startsWith("text/plain");
        assertThat(plain.text()).contains("Officials said, on Friday, that 170 people");

        ExtractedText latin1 = tika.extract("latin1.txt", TestCorpus.fixture("document/latin1.txt"));
        assertThat(latin1.text()).as("the character set is still detected").doesNotContain("\uFFFD");

        ExtractedText pdf = tika.extract("misnamed.txt", TestCorpus.fixture("document/article.pdf"));
        assertThat(pdf.contentType()).startsWith("application/pdf");
        ExtractedText docx = tika.extract("misnamed.txt", TestCorpus.fixture("document/article.docx"));
        assertThat(docx.contentType()).contains("wordprocessingml");
    }

    @Test
    void files_whose_name_and_opening_agree_are_read_as_tika_reads_them_and_the_rest_are_detected() throws Exception {
        TikaTextExtractor tika = extractor(Duration.ofSeconds(30), 3);

        ExtractedText page = tika.extract(
                "page.html",
                TestFiles.utf8("<!DOCTYPE html><html><head><title>Toll rises</title>"
                        + "<link rel=\"canonical\" href=\"https://example.org/toll\"></head>"
                        + "<body><p>At least 12 people were killed.</p></body></html>"));
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.title()).isEqualTo("Toll rises");
        assertThat(page.url()).isEqualTo("https://example.org/toll");
        assertThat(page.text()).contains("At least 12 people were killed.");

        ExtractedText mail = tika.extract(
                "forwarded.txt",
                TestFiles.utf8("From: desk@example.org\nTo: team@example.org\nSubject: Toll\n\n"
                        + "At least 12 people were killed.\n"));
        assertThat(mail.contentType())
                .as("an e-mail saved as .txt is still an e-mail")
                .startsWith("message/rfc822");
        assertThat(mail.title()).isEqualTo("Toll");

        ExtractedText saved = tika.extract(
                "saved.txt",
                TestFiles.utf8("<html><head><title>Saved page</title></head><body><p>Text</p></body></html>"));
        assertThat(saved.contentType())
                .as("a web page saved as .txt is still a web page")
                .startsWith("text/html");
        assertThat(saved.text()).doesNotContain("<p>");
    }

    @Test
    void a_txt_holding_a_table_is_read_as_text_because_its_name_says_so() throws Exception {
        TikaTextExtractor tika = extractor(Duration.ofSeconds(30), 3);
        StringBuilder rows = new StringBuilder("town,dead,missing,evacuated\n");
        for (int i = 0; i < 40; i++) {
            rows.append("Town ")
                    .append(i)
                    .append(',')
                    .append(i % 7)
                    .append(',')
                    .append(i % 5)
                    .append(',')
                    .append(100 * i)
                    .append('\n');
        }
        byte[] table = TestFiles.utf8(rows.toString());

        assertThat(tika.extract("figures.txt", table).contentType())
                .as("told by its name: no CSV sniffing")
                .startsWith("text/plain");
        tika.typeFromName = false;
        assertThat(tika.extract("figures.txt", table).contentType())
                .as("Tika's own detection sniffs a table")
                .startsWith("text/csv");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "article.html",
                "article.pdf",
                "article.docx",
                "statement.odt",
                "book.epub",
                "briefing.pptx",
                "figures.xlsx",
                "latin1.txt",
                "emoji.txt",
                "markup.txt"
            })
    void a_file_told_by_its_name_reads_as_it_does_when_tika_detects_it(String fixture) throws Exception {
        TikaTextExtractor tika = extractor(Duration.ofSeconds(30), 3);
        byte[] bytes = TestCorpus.fixture("document/" + fixture);
        assertThat(EvidentType.of(fixture, bytes)).as("told by its name").isPresent();

        ExtractedText told = tika.extract(fixture, bytes);
        tika.typeFromName = false;
        ExtractedText detected = tika.extract(fixture, bytes);

        assertThat(told.contentType()).isEqualTo(detected.contentType());
        assertThat(told.text()).isEqualTo(detected.text());
        assertThat(told.title()).isEqualTo(detected.title());
        assertThat(told.author()).isEqualTo(detected.author());
        assertThat(told.publisher()).isEqualTo(detected.publisher());
        assertThat(told.url()).isEqualTo(detected.url());
        assertThat(told.published()).isEqualTo(detected.published());
        assertThat(told.language()).isEqualTo(detected.language());
    }
}
