package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.base.domain.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class DocumentServiceTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Test
    void a_seed_article_is_imported_through_tika_with_its_text_and_checksum() {
        byte[] bytes = TestCorpus.seed("001_f113e6a3b938ad3c.txt");
        ImportOutcome outcome = documents.importFile("001_f113e6a3b938ad3c.txt", bytes, "test");

        assertThat(outcome.status()).isIn(ImportOutcome.Status.CREATED, ImportOutcome.Status.DUPLICATE);
        DocumentDetails document = documents.get(outcome.documentId());
        assertThat(document.title())
                .isEqualTo(
                        "Who are ISIS-K, the Islamic State splinter group who claimed responsibility for airport attack?");
        assertThat(document.sha256()).isEqualTo(Sha256.of(bytes));
        assertThat(document.text()).contains("its fighters are thought to number up to 2,200");
        assertThat(document.text()).contains("\n\nWho are ISIS-K?\n\n");
        assertThat(document.textSha256()).isEqualTo(Sha256.of(document.text()));
        assertThat(document.charCount())
                .isEqualTo(document.text().codePointCount(0, document.text().length()));
        assertThat(document.contentType()).startsWith("text/plain");
    }

    @Test
    void the_same_bytes_imported_again_are_reported_as_a_duplicate_and_stored_once() {
        byte[] bytes = ("Duplicate check " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        ImportOutcome first = documents.importFile("a.txt", bytes, "test");
        long countAfterFirst = documents.count();

        ImportOutcome second = documents.importFile("renamed.txt", bytes, "test");

        assertThat(first.status()).isEqualTo(ImportOutcome.Status.CREATED);
        assertThat(second.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.message()).contains("Already imported");
        assertThat(documents.count()).isEqualTo(countAfterFirst);
    }

    @Test
    void a_leading_date_line_gives_the_publication_date_and_is_left_out_of_the_title() {
        byte[] bytes = TestCorpus.seed("004_511a809760d97446.txt");
        ImportOutcome outcome = documents.importFile("004_511a809760d97446.txt", bytes, "test");

        DocumentDetails document = documents.get(outcome.documentId());
        assertThat(document.publishedDate()).isEqualTo(LocalDate.of(2021, 8, 25));
        assertThat(document.title()).startsWith("The 'sworn enemy' of the Taliban");
        assertThat(document.text()).startsWith("date 2021-08-25 The 'sworn enemy'");
    }

    @Test
    void html_is_read_as_text_with_its_title_and_without_its_scripts() {
        ImportOutcome outcome =
                documents.importFile("article.html", TestCorpus.fixture("document/article.html"), "test");

        DocumentDetails document = documents.get(outcome.documentId());
        assertThat(document.title()).isEqualTo("Officials confirm strike on militant planner");
        assertThat(document.author()).isEqualTo("Jane Reporter");
        assertThat(document.text()).contains("Unconfirmed reports put the number of fighters at up to 2,200.");
        assertThat(document.text()).doesNotContain("__credenceXss");
        assertThat(document.contentType()).startsWith("text/html");
    }

    @Test
    void pdf_and_docx_are_read_with_their_metadata() {
        DocumentDetails pdf = documents.get(documents
                .importFile("article.pdf", TestCorpus.fixture("document/article.pdf"), "test")
                .documentId());
        DocumentDetails docx = documents.get(documents
                .importFile("article.docx", TestCorpus.fixture("document/article.docx"), "test")
                .documentId());

        assertThat(pdf.text()).contains(FixtureWriter.PDF_TEXT);
        assertThat(pdf.title()).isEqualTo("Strike report");
        assertThat(pdf.author()).isEqualTo("Wire Service");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(docx.text()).isEqualTo("Fighter estimates vary\n" + FixtureWriter.DOCX_TEXT);
        assertThat(docx.title()).isEqualTo("Fighter estimates vary");
        assertThat(docx.author()).isEqualTo("Desk Editor");
    }

    @Test
    void an_empty_file_is_refused_and_nothing_is_saved() {
        long before = documents.count();

        ImportOutcome outcome = documents.importFile("empty.txt", new byte[0], "test");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo("The file is empty.");
        assertThat(outcome.documentId()).isNull();
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void a_file_of_only_white_space_is_refused_as_having_no_text() {
        long before = documents.count();

        ImportOutcome outcome =
                documents.importFile("blank.txt", " \n\n\t \r\n".getBytes(StandardCharsets.UTF_8), "test");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo("The file contains no text.");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void a_corrupt_pdf_is_refused_with_the_reason_and_nothing_is_saved() {
        long before = documents.count();

        ImportOutcome outcome = documents.importFile("corrupt.pdf", TestCorpus.fixture("document/corrupt.pdf"), "test");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.message()).startsWith("The file could not be read as application/pdf:");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void a_password_protected_pdf_is_refused_as_such() {
        long before = documents.count();

        ImportOutcome outcome =
                documents.importFile("encrypted.pdf", TestCorpus.fixture("document/encrypted.pdf"), "test");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.message()).contains("password protected");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void binary_data_that_is_no_document_is_refused_and_nothing_is_saved() {
        long before = documents.count();
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);

        ImportOutcome outcome = documents.importFile("noise.bin", noise, "test");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.message()).isNotBlank();
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void line_endings_are_normalised_once_at_import() {
        String raw = "First line\r\nSecond line   \r\n\r\n\r\n\r\nThird " + UUID.randomUUID();
        ImportOutcome outcome = documents.importFile("crlf.txt", raw.getBytes(StandardCharsets.UTF_8), "test");

        String text = documents.get(outcome.documentId()).text();
        assertThat(text).startsWith("First line\nSecond line\n\nThird ");
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void the_library_lists_documents_a_page_at_a_time_with_statement_counts() {
        TestCorpus.importText(documents, "Listing one");
        TestCorpus.importText(documents, "Listing two");

        var firstPage = documents.list(PageRequest.of(0, 1));

        assertThat(firstPage.getContent()).hasSize(1);
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(firstPage.getContent().get(0).statementCount()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void an_unknown_document_id_is_reported_as_not_found() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.get(987654321L))
                .isInstanceOf(DocumentNotFoundException.class)
                .hasMessage("Document 987654321 does not exist.");
    }
}
