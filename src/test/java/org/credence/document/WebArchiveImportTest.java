package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.springframework.beans.factory.annotation.Autowired;

/** Web archives made in the test: each HTML page becomes a document captured at its date from its URL. */
class WebArchiveImportTest extends AbstractServiceTest {

    static final Instant CAPTURED = Instant.parse("2026-11-30T08:15:00Z");

    @Autowired
    BatchImportService batches;

    @Autowired
    DocumentService documents;

    /** Two HTML pages, a PNG, a 404 and a resource record, as a crawler writes them. */
    static Path warc(String marker, WarcCompression compression, String name) throws IOException {
        Path file = Files.createTempDirectory("credence-warc").resolve(name);
        try (WarcWriter writer = new WarcWriter(
                Files.newByteChannel(
                        file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                compression)) {
            writer.write(page(
                    "https://news.example/flood-" + marker, "Flood " + marker, "The river burst its banks. " + marker));
            writer.write(page(
                    "https://other.example/levee-" + marker, "Levee " + marker, "The levee held overnight. " + marker));
            writer.write(new WarcResponse.Builder("https://news.example/photo.png")
                    .date(CAPTURED)
                    .body(new HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                            .build())
                    .build());
            writer.write(new WarcResponse.Builder("https://news.example/gone")
                    .date(CAPTURED)
                    .body(new HttpResponse.Builder(404, "Not Found")
                            .body(MediaType.HTML, "<p>missing</p>".getBytes(StandardCharsets.UTF_8))
                            .build())
                    .build());
            writer.write(new WarcResource.Builder(java.net.URI.create("urn:crawl-log"))
                    .date(CAPTURED)
                    .body(MediaType.PLAIN_TEXT, "crawl log".getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        return file;
    }

    private static WarcResponse page(String url, String title, String text) throws IOException {
        String html = "<html><head><title>" + title + "</title></head><body><p>" + text + "</p></body></html>";
        return new WarcResponse.Builder(url)
                .date(CAPTURED)
                .body(new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8))
                        .build())
                .build();
    }

    @Test
    void each_html_response_becomes_a_document_with_its_url_and_capture_date_and_the_rest_is_counted()
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path warc = warc(marker, WarcCompression.NONE, "crawl.warc");

        ImportBatch batch = batches.importAll(List.of(ImportInput.of(warc)), "test", ImportOptions.DEFAULT, false);

        assertThat(batch.outcomes())
                .extracting(ImportOutcome::fileName, ImportOutcome::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "crawl.warc/https://news.example/flood-" + marker, ImportOutcome.Status.CREATED),
                        org.assertj.core.groups.Tuple.tuple(
                                "crawl.warc/https://other.example/levee-" + marker, ImportOutcome.Status.CREATED),
                        org.assertj.core.groups.Tuple.tuple("crawl.warc", ImportOutcome.Status.SKIPPED));
        assertThat(batch.outcomes().get(2).message())
                .isEqualTo("Web archive opened; 3 records that are not HTML or PDF pages were skipped"
                        + " (1 images, 1 resource records, 1 responses with status 4xx).");
        DocumentDetails flood = documents.get(batch.outcomes().get(0).documentId());
        assertThat(flood.title()).isEqualTo("Flood " + marker);
        assertThat(flood.url()).isEqualTo("https://news.example/flood-" + marker);
        assertThat(flood.fetchedFrom()).isEqualTo("https://news.example/flood-" + marker);
        assertThat(flood.fetchedAt()).isEqualTo(CAPTURED);
        assertThat(flood.source().domain()).isEqualTo("news.example");
        assertThat(new String(documents.original(flood.id()).content(), StandardCharsets.UTF_8))
                .contains("The river burst its banks. " + marker);
        assertThat(batch.progress().describe()).isEqualTo("Done: 3 of 3 files — 2 imported, 0 duplicates, 0 failed.");
    }

    @Test
    void a_gzipped_archive_is_read_the_same_way() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path warc = warc(marker, WarcCompression.GZIP, "crawl.warc.gz");

        ImportBatch batch = batches.importAll(List.of(ImportInput.of(warc)), "test", ImportOptions.DEFAULT, false);

        assertThat(batch.outcomes())
                .filteredOn(o -> o.status() == ImportOutcome.Status.CREATED)
                .hasSize(2);
    }

    @Test
    void two_captures_of_one_page_with_other_text_become_two_versions_of_it() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String url = "https://news.example/live-" + marker;
        Path file = Files.createTempDirectory("credence-warc").resolve("captures.warc");
        try (WarcWriter writer = new WarcWriter(
                Files.newByteChannel(
                        file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            writer.write(page(url, "Live " + marker, "At least 12 people were killed. " + marker));
            writer.write(page(url, "Live " + marker, "At least 15 people were killed. " + marker));
        }

        ImportBatch batch = batches.importAll(List.of(ImportInput.of(file)), "test", ImportOptions.DEFAULT, false);

        List<Long> created = batch.outcomes().stream()
                .filter(o -> o.status() == ImportOutcome.Status.CREATED)
                .map(ImportOutcome::documentId)
                .toList();
        assertThat(created).hasSize(2);
        assertThat(created.stream().map(id -> documents.get(id).articleVersion()))
                .as("one chain, whichever capture was parsed first")
                .extracting(ArticleVersion::number, ArticleVersion::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 2));
    }
}
