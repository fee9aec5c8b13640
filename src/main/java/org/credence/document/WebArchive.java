package org.credence.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.credence.document.fetch.FetchedPage;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC, plain or gzipped, as Heritrix, Browsertrix and webrecorder write them): each
 * successful HTML, XHTML or PDF response record is a page captured at a date from a URL, imported as a
 * document with that provenance; every other record (requests, metadata, images, scripts, redirects,
 * errors) is skipped and counted by kind.
 */
final class WebArchive {

    /** What one archive held besides its pages. */
    record Skipped(int records, Map<String, Integer> byKind) {

        String describe() {
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((kind, count) -> kinds.append(kinds.isEmpty() ? "" : ", ")
                    .append(count)
                    .append(' ')
                    .append(kind));
            return records + (records == 1 ? " record" : " records") + " that are not HTML or PDF pages were skipped ("
                    + kinds + ").";
        }
    }

    @FunctionalInterface
    interface PageSink {
        void page(String name, FetchedPage page);
    }

    private WebArchive() {}

    static boolean isWebArchive(String name, Path file) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return true;
        }
        try (InputStream head = Files.newInputStream(file)) {
            return new String(head.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Hands each page to {@code pages} in archive order, named "archive.warc/target-uri".
     *
     * @param maxPageBytes pages larger than this are skipped as "too large"
     */
    static Skipped read(String archiveName, Path file, long maxPageBytes, PageSink pages) throws IOException {
        Map<String, Integer> skipped = new TreeMap<>();
        int skippedRecords = 0;
        try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                String kind = pageKind(record);
                if (kind != null) {
                    WarcResponse response = (WarcResponse) record;
                    byte[] bytes = body(response.http(), maxPageBytes);
                    if (bytes != null) {
                        String target = response.target();
                        java.net.URI uri = java.net.URI.create(target);
                        pages.page(
                                archiveName + "/" + target,
                                new FetchedPage(
                                        target,
                                        target,
                                        org.credence.document.fetch.UrlFetcher.fileName(uri, kind),
                                        kind,
                                        response.date(),
                                        null,
                                        bytes));
                        continue;
                    }
                    kind = "too large";
                } else {
                    kind = skippedKind(record);
                }
                skippedRecords++;
                skipped.merge(kind, 1, Integer::sum);
            }
        }
        return new Skipped(skippedRecords, skipped);
    }

    /** "text/html" or "application/pdf" for a 200 response holding a page; null for anything else. */
    private static String pageKind(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException notHttp) {
            return null;
        }
        if (http.status() != 200) {
            return null;
        }
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml") || type.equals("application/pdf")
                ? type
                : null;
    }

    private static String skippedKind(WarcRecord record) {
        if (!(record instanceof WarcResponse response)) {
            return record.type() + " records";
        }
        try {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return "responses with status " + (http.status() / 100) + "xx";
            }
            MediaType type = http.contentType().base();
            return type.type().equals("image") ? "images" : type.toString();
        } catch (IOException | RuntimeException e) {
            return "unreadable responses";
        }
    }

    /** The decoded body (chunked and gzip undone), or null when larger than the limit. */
    private static byte[] body(HttpResponse http, long maxBytes) throws IOException {
        try (InputStream in = http.bodyDecoded().stream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }
}
