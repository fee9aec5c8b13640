package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.credence.base.domain.Sha256;
import org.credence.source.SourceService;
import org.credence.source.SourceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** Provenance and sources as import finds them, the original bytes, and corrections by people. */
class ProvenanceImportTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    SourceService sources;

    private static String page(String domain, String siteName, String body) {
        return """
                <html lang="en"><head><meta charset="utf-8"><title>Strike reported near the border</title>
                <link rel="canonical" href="https://www.%s/world/strike-%s">
                <meta property="og:url" content="https://%s/og-should-not-win">
                <meta property="og:site_name" content="%s">
                <meta property="article:published_time" content="2021-08-27T09:30:00+04:30">
                <meta name="author" content="Amina Staff"></head>
                <body><div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
                <li><a href="/sport">Sport</a></li></ul></div>
                <div>Hide Ad</div>
                <article><h1>Strike reported near the border</h1>%s</article>
                <div class="footer"><a href="/about">About us</a> <a href="/contact">Contact us</a></div>
                </body></html>""".formatted(domain, UUID.randomUUID(), domain, siteName, body);
    }

    private static String paragraphs() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            text.append("<p>Officials in the province said on Friday that a senior commander of the group had been ")
                    .append("killed, although residents who spoke to reporters could not confirm the account, part ")
                    .append(i)
                    .append(".</p>");
        }
        return text.toString();
    }

    @Test
    void a_web_page_gives_its_canonical_url_publisher_date_author_language_and_source() {
        String domain = "example-" + UUID.randomUUID().toString().substring(0, 8) + ".org";
        ImportOutcome outcome = documents.importFile(
                "strike.html", TestFiles.utf8(page(domain, "Example Daily", paragraphs())), "test");

        DocumentDetails document = documents.get(outcome.documentId());
        assertThat(document.url()).startsWith("https://www." + domain + "/world/strike-");
        assertThat(document.publisher()).isEqualTo("Example Daily");
        assertThat(document.author()).isEqualTo("Amina Staff");
        assertThat(document.publishedDate()).isEqualTo(LocalDate.of(2021, 8, 27));
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.source().name()).isEqualTo("Example Daily");
        assertThat(document.source().domain()).isEqualTo(domain);
        assertThat(document.importedBy()).isEqualTo("test");
        assertThat(document.originalFileName()).isEqualTo("strike.html");
    }

    @Test
    void documents_from_one_domain_share_one_source_which_counts_them() {
        String domain = "shared-" + UUID.randomUUID().toString().substring(0, 8) + ".net";
        long first = documents
                .importFile("a.html", TestFiles.utf8(page(domain, "Shared Wire", paragraphs())), "test")
                .documentId();
        long second = documents
                .importFile("b.html", TestFiles.utf8(page(domain, "Shared Wire Online", paragraphs())), "test")
                .documentId();

        assertThat(documents.get(second).source().id())
                .isEqualTo(documents.get(first).source().id());
        SourceSummary source = sources.list().stream()
                .filter(s -> domain.equals(s.domain()))
                .findFirst()
                .orElseThrow();
        assertThat(source.name()).isEqualTo("Shared Wire");
        assertThat(source.documentCount()).isEqualTo(2);
    }

    @Test
    void a_publisher_known_only_by_name_is_matched_without_regard_to_case() {
        String name = "Night Desk " + UUID.randomUUID();
        long first = documents
                .importFile(
                        "a.html",
                        TestFiles.utf8("<html><head><meta property=\"og:site_name\" content=\"" + name
                                + "\"><title>One</title></head><body><p>First report " + UUID.randomUUID()
                                + "</p></body></html>"),
                        "test")
                .documentId();
        long second = documents
                .importFile(
                        "b.html",
                        TestFiles.utf8("<html><head><meta property=\"og:site_name\" content=\""
                                + name.toUpperCase() + "\"><title>Two</title></head><body><p>Second report "
                                + UUID.randomUUID()
                                + "</p></body></html>"),
                        "test")
                .documentId();

        assertThat(documents.get(first).source().domain()).isNull();
        assertThat(documents.get(second).source().id())
                .isEqualTo(documents.get(first).source().id());
    }

    @Test
    void a_plain_text_file_has_no_source_until_someone_names_one() {
        long id = TestCorpus.importText(documents, "No provenance at all");

        assertThat(documents.get(id).source()).isNull();
        assertThat(documents.get(id).url()).isNull();
    }

    @Test
    void the_language_is_detected_from_the_text() {
        long german = TestCorpus.importText(
                documents,
                "Die Regierung hat am Freitag bestätigt, dass der Kommandeur "
                        + "der Gruppe bei einem Luftangriff im Osten des Landes getötet wurde, teilten Beamte mit.");
        long french = TestCorpus.importText(
                documents,
                "Le gouvernement a confirmé vendredi que le commandant du groupe "
                        + "avait été tué lors d'une frappe aérienne dans l'est du pays, selon des responsables.");

        assertThat(documents.get(german).language()).isEqualTo("de");
        assertThat(documents.get(french).language()).isEqualTo("fr");
    }

    @Test
    void the_original_bytes_are_kept_and_returned_exactly_with_their_checksum() {
        byte[] bytes = TestCorpus.fixture("document/article.pdf");
        long id = documents.importFile("article.pdf", bytes, "test").documentId();

        OriginalFile original = documents.original(id);

        assertThat(original.content()).isEqualTo(bytes);
        assertThat(original.sha256())
                .isEqualTo(Sha256.of(bytes))
                .isEqualTo(documents.get(id).sha256());
        assertThat(original.fileName()).isEqualTo("article.pdf");
        assertThat(original.contentType()).startsWith("application/pdf");
    }

    @Test
    void the_same_text_from_different_bytes_is_imported_and_flagged_as_a_probable_duplicate() {
        String text = "Probable duplicate check " + UUID.randomUUID() + "\nSecond line.";
        ImportOutcome unix = documents.importFile("unix.txt", TestFiles.utf8(text), "test");
        ImportOutcome windows = documents.importFile("windows.txt", TestFiles.utf8(text.replace("\n", "\r\n")), "test");

        assertThat(unix.isProbableDuplicate()).isFalse();
        assertThat(windows.status()).isEqualTo(ImportOutcome.Status.CREATED);
        assertThat(windows.probableDuplicateOf()).isEqualTo(unix.documentId());
        assertThat(windows.message()).contains("probably a duplicate: document " + unix.documentId());
    }

    @Test
    void main_content_extraction_drops_menus_adverts_and_footers_only_when_asked() {
        String html =
                page("boiler-" + UUID.randomUUID().toString().substring(0, 8) + ".com", "Boiler News", paragraphs());
        DocumentDetails whole = documents.get(
                documents.importFile("whole.html", TestFiles.utf8(html), "test").documentId());
        DocumentDetails main = documents.get(documents
                .importFile("main.html", TestFiles.utf8(html + " "), "test", new ImportOptions(true))
                .documentId());

        assertThat(whole.text()).contains("Sport", "Contact us", "a senior commander of the group");
        assertThat(whole.mainContentOnly()).isFalse();
        assertThat(main.text())
                .contains("a senior commander of the group had been killed")
                .doesNotContain("Sport", "Contact us");
        assertThat(main.mainContentOnly()).isTrue();
    }

    @Test
    void a_gzip_bomb_is_refused_as_such_and_nothing_is_saved() {
        long before = documents.count();

        ImportOutcome outcome = documents.importFile("bomb.txt.gz", TestFiles.gzipBomb(64), "test");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.message()).contains("looks like a zip bomb");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void provenance_is_corrected_with_the_version_read_and_the_source_follows_the_publisher() {
        long id = TestCorpus.importText(documents, "Correct my provenance");
        DocumentDetails read = documents.get(id);
        String publisher = "Corrected Wire " + UUID.randomUUID();

        DocumentDetails corrected = documents.correctProvenance(
                id,
                new ProvenanceCorrection(
                        "Better title",
                        "R. Writer",
                        publisher,
                        "https://corrected.example/story",
                        LocalDate.of(2021, 8, 30),
                        "en",
                        read.version()),
                "editor");

        assertThat(corrected.title()).isEqualTo("Better title");
        assertThat(corrected.author()).isEqualTo("R. Writer");
        assertThat(corrected.url()).isEqualTo("https://corrected.example/story");
        assertThat(corrected.publishedDate()).isEqualTo(LocalDate.of(2021, 8, 30));
        assertThat(corrected.source().name()).isEqualTo(publisher);
        assertThat(corrected.modifiedBy()).isEqualTo("editor");
        assertThat(corrected.text()).isEqualTo(read.text());
        assertThat(corrected.textSha256()).isEqualTo(read.textSha256());
    }

    @Test
    void a_correction_based_on_an_old_version_is_refused_and_overwrites_nothing() {
        long id = TestCorpus.importText(documents, "Two editors at once");
        long version = documents.get(id).version();
        documents.correctProvenance(
                id, new ProvenanceCorrection("First", null, null, null, null, null, version), "editor");

        assertThatThrownBy(() -> documents.correctProvenance(
                        id, new ProvenanceCorrection("Second", null, null, null, null, null, version), "reviewer1"))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("changed by editor meanwhile; nothing was overwritten");
        assertThat(documents.get(id).title()).isEqualTo("First");
    }

    @Test
    void a_correction_with_a_blank_title_a_bad_url_or_language_is_refused_with_the_reason() {
        long id = TestCorpus.importText(documents, "Bad corrections");
        long version = documents.get(id).version();

        assertThatThrownBy(() -> documents.correctProvenance(
                        id, new ProvenanceCorrection(" ", null, null, null, null, null, version), "editor"))
                .hasMessage("A document needs a title.");
        assertThatThrownBy(() -> documents.correctProvenance(
                        id,
                        new ProvenanceCorrection("T", null, null, "javascript:alert(1)", null, null, version),
                        "editor"))
                .hasMessageStartingWith("The URL must start with http:// or https://");
        assertThatThrownBy(() -> documents.correctProvenance(
                        id, new ProvenanceCorrection("T", null, null, null, null, "<script>", version), "editor"))
                .hasMessageStartingWith("The language must be a code");
        assertThat(documents.get(id).title()).isEqualTo("Bad corrections");
    }
}
