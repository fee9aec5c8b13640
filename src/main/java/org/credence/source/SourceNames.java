package org.credence.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** How a URL or a typed-in name becomes the key a source is matched by. */
public final class SourceNames {

    private SourceNames() {}

    /** "https://www.Example.com/a" → "example.com"; null when the URL has no host. */
    public static String domainOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String stripped = name.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() ? null : stripped.substring(0, Math.min(300, stripped.length()));
    }
}
