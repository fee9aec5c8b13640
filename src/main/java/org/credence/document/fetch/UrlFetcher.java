package org.credence.document.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches a link for import: http and https only, at most {@link Limits#maxRedirects} redirects, each
 * checked again; a size and a time limit; and only addresses the {@link NetworkGuard} permits, checked by
 * the client's own DNS resolver so the address checked is the address connected to (no second lookup a
 * rebinding DNS server could answer differently). No cookies, no proxy, no retries.
 */
public class UrlFetcher implements AutoCloseable {

    /**
     * @param maxRedirects redirects followed before giving up
     * @param connectTimeout to open a connection
     * @param total for the whole fetch, redirects and body included
     * @param maxBytes the largest body accepted (the import's file size limit)
     */
    public record Limits(int maxRedirects, Duration connectTimeout, Duration total, long maxBytes) {}

    static final String USER_AGENT = "Credence/1.0 (source-credibility workbench; import by URL)";

    private final Limits limits;
    private final Clock clock;
    private final CloseableHttpClient client;

    public UrlFetcher(NetworkGuard guard, Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        DnsResolver resolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return guard.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        Timeout connect = Timeout.of(limits.connectTimeout());
        Timeout total = Timeout.of(limits.total());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(total)
                                .build())
                        .build())
                .setDefaultRequestConfig(
                        RequestConfig.custom().setResponseTimeout(total).build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }

    public FetchedPage fetch(String link) throws FetchException {
        URI requested = checked(link);
        long deadline = System.nanoTime() + limits.total().toNanos();
        URI current = requested;
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            Hop result = get(current, deadline);
            if (result.page() != null) {
                FetchedPage page = result.page();
                return new FetchedPage(
                        requested.toString(),
                        page.finalUrl(),
                        page.fileName(),
                        page.contentType(),
                        page.fetchedAt(),
                        page.servedAt(),
                        page.bytes());
            }
            current = checked(current.resolve(result.redirect()).toString());
        }
        throw new FetchException(
                "The link redirects more than " + limits.maxRedirects() + " times; it was not followed further.");
    }

    /** One request's result: the page, or where it redirects to. */
    private record Hop(FetchedPage page, URI redirect) {}

    private Hop get(URI uri, long deadline) throws FetchException {
        HttpGet get = new HttpGet(uri);
        get.addHeader("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5");
        try {
            return client.execute(get, response -> {
                int code = response.getCode();
                Header location = response.getFirstHeader("Location");
                if (code >= 300 && code < 400 && location != null) {
                    try {
                        return new Hop(null, new URI(location.getValue().strip()));
                    } catch (URISyntaxException e) {
                        throw new FetchFailure("The server redirects to an invalid address: " + location.getValue());
                    }
                }
                if (code != 200) {
                    throw new FetchFailure("The server answered " + code
                            + (response.getReasonPhrase() == null ? "" : " " + response.getReasonPhrase()) + " for "
                            + uri + ".");
                }
                return new Hop(page(uri, response, deadline), null);
            });
        } catch (FetchFailure e) {
            throw new FetchException(e.getMessage(), e);
        } catch (NetworkGuard.RefusedAddressException e) {
            throw new FetchException("Refused: " + e.getMessage() + ".", e);
        } catch (UnknownHostException e) {
            throw new FetchException("No such host: " + uri.getHost() + ".", e);
        } catch (ConnectTimeoutException | HttpHostConnectException e) {
            throw new FetchException("Could not connect to " + uri.getHost() + ": " + e.getMessage(), e);
        } catch (InterruptedIOException e) {
            throw new FetchException(
                    "The server did not send the page within the limit of "
                            + limits.total().toSeconds() + " s.",
                    e);
        } catch (IOException e) {
            throw new FetchException("The page could not be fetched: " + e.getMessage(), e);
        }
    }

    private FetchedPage page(URI uri, ClassicHttpResponse response, long deadline) throws IOException {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            throw new FetchFailure("The server sent no content for " + uri + ".");
        }
        if (entity.getContentLength() > limits.maxBytes()) {
            throw new FetchFailure(tooLarge());
        }
        byte[] bytes;
        try (InputStream in = entity.getContent()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > limits.maxBytes()) {
                    throw new FetchFailure(tooLarge());
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new FetchFailure("The server did not send the page within the limit of "
                            + limits.total().toSeconds() + " s.");
                }
            }
            bytes = out.toByteArray();
        }
        String contentType = entity.getContentType();
        return new FetchedPage(
                uri.toString(),
                uri.toString(),
                fileName(uri, contentType),
                contentType,
                clock.instant(),
                date(response.getFirstHeader("Date")),
                bytes);
    }

    private String tooLarge() {
        return "The page is larger than the import's limit of " + limits.maxBytes() / (1024 * 1024) + " MB.";
    }

    /** Only http and https, with a host and without a user name or password in it. */
    static URI checked(String link) throws FetchException {
        URI uri;
        try {
            uri = new URI(link == null ? "" : link.strip());
        } catch (URISyntaxException e) {
            throw new FetchException("'" + link + "' is not a link: " + e.getReason() + ".", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("Only http:// and https:// links are fetched; '" + link + "' is not one.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException("The link '" + link + "' names no host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException("Links with a user name or password in them are not fetched.");
        }
        return uri.normalize();
    }

    /** "report.pdf" from …/report.pdf; "index.html" for a site's root; the extension the type implies. */
    public static String fileName(URI uri, String contentType) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String name = last.isBlank() ? "index" : last;
        if (!name.contains(".")) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            name += type.contains("html")
                    ? ".html"
                    : type.contains("pdf") ? ".pdf" : type.contains("text/plain") ? ".txt" : "";
        }
        return name;
    }

    private static Instant date(Header header) {
        if (header == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(header.getValue().strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** Thrown inside the response handler, so the client still releases the connection. */
    private static final class FetchFailure extends IOException {
        FetchFailure(String message) {
            super(message);
        }
    }
}
