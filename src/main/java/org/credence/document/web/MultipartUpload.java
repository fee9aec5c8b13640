package org.credence.document.web;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload2.core.MultipartInput;
import org.credence.document.ImportInput;
import org.credence.document.UploadFolder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Reads a multipart/form-data upload part by part, straight into the upload folder. The servlet
 * container's own parser refuses a whole request for one file name holding a NUL byte (its guard
 * against NUL path tricks), so a batch of many files failed for one odd name; here names are only
 * data (never a path), a NUL or other control character becomes U+FFFD, and every other file imports.
 * Limits as before: {@value #MAX_PARTS} parts, 16 KB of headers a part, the request size given.
 */
final class MultipartUpload {

    static final int MAX_PARTS = 10_000;
    static final int MAX_PART_HEADERS = 16 * 1024;
    static final int MAX_FIELD = 1_000;

    /** The files (each in its own file of the upload folder) and the plain form fields. */
    record Parsed(List<ImportInput> files, Map<String, String> fields) {}

    private MultipartUpload() {}

    /**
     * @throws MultipartException when the body is not multipart/form-data as its type says, or too large;
     *     nothing read so far is left behind
     */
    static Parsed read(InputStream body, String contentType, UploadFolder folder, long maxBytes) throws IOException {
        List<ImportInput> files = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        try {
            MultipartInput input = MultipartInput.builder()
                    .setInputStream(new Limited(body, maxBytes))
                    .setBoundary(boundaryOf(contentType))
                    .setPartHeaderSizeMax(MAX_PART_HEADERS)
                    .get();
            input.setHeaderCharset(StandardCharsets.UTF_8);
            boolean more = input.skipPreamble();
            if (!more) {
                throw new MultipartException("no part starts with the boundary the Content-Type names");
            }
            while (more) {
                if (files.size() + fields.size() >= MAX_PARTS) {
                    throw new MultipartException("more than " + MAX_PARTS + " parts");
                }
                Map<String, String> disposition = disposition(input.readHeaders());
                if (disposition.containsKey("filename")) {
                    Path file = folder.newFile();
                    files.add(new ImportInput(cleanName(disposition.get("filename")), file));
                    try (OutputStream out = Files.newOutputStream(file)) {
                        input.readBodyData(out);
                    }
                } else if (disposition.containsKey("name")) {
                    // A form field is a flag or a word: keep its first bytes only, whatever is sent.
                    ByteArrayOutputStream value = new ByteArrayOutputStream();
                    input.readBodyData(new OutputStream() {
                        @Override
                        public void write(int b) {
                            if (value.size() <= MAX_FIELD) {
                                value.write(b);
                            }
                        }

                        @Override
                        public void write(byte[] bytes, int offset, int length) {
                            value.write(bytes, offset, Math.max(0, Math.min(length, MAX_FIELD + 1 - value.size())));
                        }
                    });
                    if (value.size() <= MAX_FIELD) {
                        fields.put(disposition.get("name"), value.toString(StandardCharsets.UTF_8));
                    }
                } else {
                    input.discardBodyData();
                }
                more = input.readBoundary();
            }
            return new Parsed(files, fields);
        } catch (IOException | RuntimeException e) {
            files.forEach(f -> f.file().toFile().delete());
            if (e instanceof MaxUploadSizeExceededException || e.getCause() instanceof MaxUploadSizeExceededException) {
                throw new MaxUploadSizeExceededException(maxBytes);
            }
            throw e instanceof MultipartException m ? m : new MultipartException("not readable as multipart", e);
        }
    }

    /** A name for people and provenance: control characters (NUL among them) become U+FFFD. */
    static String cleanName(String name) {
        String clean =
                name == null ? "" : name.replaceAll("\\p{Cntrl}", "\uFFFD").strip();
        return clean.isEmpty() ? "unnamed file" : clean;
    }

    private static byte[] boundaryOf(String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String p = parameter.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                    String boundary = p.substring("boundary=".length());
                    if (boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
                        boundary = boundary.substring(1, boundary.length() - 1);
                    }
                    if (!boundary.isEmpty()) {
                        return boundary.getBytes(StandardCharsets.ISO_8859_1);
                    }
                }
            }
        }
        throw new MultipartException("the Content-Type names no boundary");
    }

    /** The Content-Disposition parameters of a part's headers: name, filename (quoted or not; '\' escapes). */
    static Map<String, String> disposition(String headers) {
        Map<String, String> parameters = new HashMap<>();
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                continue;
            }
            String rest = line.substring(colon + 1);
            int i = 0;
            while (i < rest.length()) {
                int semicolon = rest.indexOf(';', i);
                if (semicolon < 0) {
                    break;
                }
                int equals = rest.indexOf('=', semicolon);
                if (equals < 0) {
                    break;
                }
                String key = rest.substring(semicolon + 1, equals).strip().toLowerCase(Locale.ROOT);
                StringBuilder value = new StringBuilder();
                i = equals + 1;
                while (i < rest.length() && rest.charAt(i) == ' ') {
                    i++;
                }
                if (i < rest.length() && rest.charAt(i) == '"') {
                    i++;
                    while (i < rest.length() && rest.charAt(i) != '"') {
                        if (rest.charAt(i) == '\\' && i + 1 < rest.length() && rest.charAt(i + 1) == '"') {
                            i++;
                        }
                        value.append(rest.charAt(i++));
                    }
                    i++;
                } else {
                    while (i < rest.length() && rest.charAt(i) != ';') {
                        value.append(rest.charAt(i++));
                    }
                }
                parameters.put(key, value.toString().strip());
            }
        }
        return parameters;
    }

    /** Stops reading past the request size limit, as the container's parser would. */
    private static final class Limited extends FilterInputStream {

        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new MaxUploadSizeExceededException(max);
            }
        }
    }
}
