package org.credence.document.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.credence.TestCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidentTypeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "report.html|<!DOCTYPE html><html><body>A page</body></html>",
                "REPORT.HTM|\\n  <html lang=\"en\"><p>Upper-case name, blank lines first</p></html>",
            })
    void a_web_page_named_and_opening_as_one_is_html(String name, String content) {
        assertThat(EvidentType.of(name, utf8(content))).contains(EvidentType.HTML);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "wire.txt|Kabul, Aug 27 (Wire) - Officials said 170 people were killed.",
                "quote.txt|\"We will not leave,\" the governor said.",
                "accents.txt|Élections: le gouvernement a confirmé les résultats.",
                "number.txt|2,200 fighters, officials say: a figure others dispute.",
                "note.txt|Officials said 12 died.\\nNote: the figures are provisional.",
                "table.txt|town,dead,missing\\nKeldbridge,12,23\\nAmsel,3,4",
            })
    void a_text_file_opening_as_prose_is_plain_text(String name, String content) {
        assertThat(EvidentType.of(name, utf8(content))).contains(EvidentType.PLAIN_TEXT);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "mail.txt|From: desk@example.org\\nSubject: Toll\\n\\nAt least 12 people were killed.",
                "mail.txt|Received: from mx.example.org\\nFrom: desk@example.org",
                "mbox.txt|From desk@example.org Tue Aug 31 10:00:00 2021\\nSubject: Toll",
                "contact.txt|BEGIN:VCARD\\nVERSION:3.0",
                "page.txt|<!DOCTYPE html><html><body>Saved as text</body></html>",
                "data.txt|<?xml version=\"1.0\"?><report/>",
                "letter.txt|{\\rtf1\\ansi A letter}",
                "script.txt|#!/bin/sh\\necho hello",
                "scan.txt|%PDF-1.7\\n1 0 obj",
                "page.xhtml|<html><body>Not a name this knows</body></html>",
                "page.html|<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>",
                "page.html|A web page name over plain words",
                "notes|Plain words, no extension",
                "headers.txt|Microsoft Mail Internet Headers Version 2.0\\nReceived: from mx.example.org\\nSubject: Toll",
                "forward.txt|Forwarded message follows\\nFrom: desk@example.org\\nTo: team@example.org",
                "message.txt|A note first\\n\\nMessage-ID: <1@example.org>",
                "dump.txt|Saved page\\n<!DOCTYPE html><html><body>The page itself</body></html>",
                "dump.txt|Saved page\\n<body>A fragment</body>",
                "empty.txt|'   '",
            })
    void anything_less_evident_is_left_to_tika(String name, String content) {
        assertThat(EvidentType.of(name, utf8(content))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "document/article.pdf",
        "document/article.docx",
        "document/statement.odt",
        "document/report.rtf",
        "document/memo.doc"
    })
    void binary_and_office_files_named_txt_are_left_to_tika(String fixture) {
        assertThat(EvidentType.of("misnamed.txt", TestCorpus.fixture(fixture))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "document/article.pdf, article.pdf, application/pdf",
        "document/article.docx, article.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "document/figures.xlsx, figures.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "document/briefing.pptx, briefing.PPTX,"
                + " application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "document/statement.odt, statement.odt, application/vnd.oasis.opendocument.text",
        "document/book.epub, book.epub, application/epub+zip",
    })
    void pdfs_and_office_packages_are_told_from_their_name_and_first_bytes(String fixture, String name, String type) {
        assertThat(EvidentType.of(name, TestCorpus.fixture(fixture))).contains(type);
    }

    @ParameterizedTest(name = "{0} named {1}")
    @CsvSource({
        "document/statement.odt, statement.epub",
        "document/book.epub, book.odt",
        "document/article.docx, article.odt",
        "document/statement.odt, statement.docx",
        "document/article.docx, article.pdf",
        "document/article.pdf, article.docx",
    })
    void a_file_whose_name_and_bytes_disagree_is_left_to_tika(String fixture, String name) {
        assertThat(EvidentType.of(name, TestCorpus.fixture(fixture))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_plain_zip_or_a_cut_header_named_docx_is_left_to_tika() {
        assertThat(EvidentType.of(
                        "notes.docx", org.credence.TestFiles.zip(org.credence.TestFiles.entries("a.txt", "A"))))
                .isEmpty();
        byte[] docx = TestCorpus.fixture("document/article.docx");
        assertThat(EvidentType.of("article.docx", java.util.Arrays.copyOf(docx, 40)))
                .isEmpty();
        assertThat(EvidentType.of("article.docx", java.util.Arrays.copyOf(docx, 4)))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void control_bytes_past_a_prose_opening_and_utf16_leave_it_to_tika() {
        assertThat(EvidentType.of("odd.txt", utf8("Words first, then a NUL \u0000 byte")))
                .isEmpty();
        assertThat(EvidentType.of("wide.txt", "Words".getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(Optional.empty());
        assertThat(EvidentType.of("wide.txt", "\uFEFF\u4E2D\u6587".getBytes(StandardCharsets.UTF_16LE)))
                .as("a UTF-16 byte-order mark is no UTF-8 letter")
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_byte_order_mark_is_passed_over() {
        assertThat(EvidentType.of("report.html", utf8("\uFEFF<!doctype html><title>After a mark</title>")))
                .contains(EvidentType.HTML);
        assertThat(EvidentType.of("report.txt", utf8("\uFEFFWords after a mark")))
                .contains(EvidentType.PLAIN_TEXT);
    }

    /** "\\n" in the tables above (a CSV row cannot hold a line break) is a line break. */
    private static byte[] utf8(String text) {
        return text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    }
}
