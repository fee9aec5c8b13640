package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One small real file per format goes through Tika: its text, title and content type come out. */
class FormatImportTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        report.rtf     | Witnesses reported gunfire near the gate.      | Rich text report | application/rtf
        tip.eml        | A source says the attack was planned for days. | Tip about the airport | message/rfc822
        notes.md       | The group is **believed** to number 500 fighters. | # Briefing notes | text/markdown
        bulletin.xhtml | Officials confirmed the closure.               | XHTML bulletin   | application/xhtml+xml
        latin1.txt     | Café owners said the régime fell.              | Café owners said the régime fell. | text/plain
        figures.xlsx   | Fighters estimated at 2,200                    | Estimates        | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
        briefing.pptx  | Unconfirmed reports of an execution            | Unconfirmed reports of an execution | application/vnd.openxmlformats-officedocument.presentationml.presentation
        statement.odt  | The ministry denied the report.                | Ministry statement | application/vnd.oasis.opendocument.text
        book.epub      | A chapter about the Khorasan province.         | Field notes      | application/epub+zip
        memo.doc       | the claim could not be verified.               | Field memo       | application/msword
        """)
    void each_format_is_read_with_its_text_title_and_type(String file, String text, String title, String type) {
        ImportOutcome outcome = documents.importFile(file, TestCorpus.fixture("document/" + file), "test");

        assertThat(outcome.status())
                .as(outcome.message())
                .isIn(ImportOutcome.Status.CREATED, ImportOutcome.Status.DUPLICATE);
        DocumentDetails document = documents.get(outcome.documentId());
        assertThat(document.text()).contains(text);
        assertThat(document.title()).isEqualTo(title);
        assertThat(document.contentType()).startsWith(type);
        assertThat(documents.original(outcome.documentId()).content())
                .isEqualTo(TestCorpus.fixture("document/" + file));
    }
}
