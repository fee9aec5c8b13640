package org.credence.document.fetch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web server on 127.0.0.1 for import-by-URL tests: pages, redirects and errors by path. Reached only
 * where a test allows 127.0.0.1/32 (credence.import.url.allowed-networks), as an administrator would.
 */
public final class TestWebServer implements AutoCloseable {

    private record Response(int code, String contentType, byte[] body, String location) {}

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();

    public TestWebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            Response response = responses.get(exchange.getRequestURI().getPath());
            if (response == null) {
                response = new Response(404, "text/plain", "Not here".getBytes(), null);
            }
            if (response.location() != null) {
                exchange.getResponseHeaders().add("Location", response.location());
            }
            exchange.getResponseHeaders().add("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.code(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public TestWebServer page(String path, String contentType, byte[] body) {
        responses.put(path, new Response(200, contentType, body, null));
        return this;
    }

    public TestWebServer html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public TestWebServer redirect(String path, String location) {
        responses.put(path, new Response(302, "text/plain", new byte[0], location));
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
