package org.credence.document.fetch;

import java.time.Instant;

/**
 * A page (or any file) fetched by URL, with what the fetch itself tells of its provenance.
 *
 * @param requestedUrl the link as given
 * @param finalUrl where it was found after redirects
 * @param fileName a name for it, from the final URL's path, with the extension its content type implies
 * @param contentType the server's Content-Type, a hint only: Tika detects from the bytes
 * @param fetchedAt when Credence fetched it
 * @param servedAt the response's Date header (the server's clock); null when absent or unreadable
 * @param bytes the response body, kept as the document's original
 */
public record FetchedPage(
        String requestedUrl,
        String finalUrl,
        String fileName,
        String contentType,
        Instant fetchedAt,
        Instant servedAt,
        byte[] bytes) {}
