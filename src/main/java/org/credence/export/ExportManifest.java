package org.credence.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.credence.annotation.Label;
import org.credence.base.domain.Sha256;

/**
 * The zip side of an export: files streamed into entries with a fixed timestamp and hashed on the
 * way, and {@code manifest.json} — the format, every option, the counts, the app version and each
 * file's SHA-256. The manifest is the only file that holds the export time, so two exports of the same
 * data differ in it alone.
 */
final class ExportManifest {

    static final String APP_VERSION = "0.1.0";
    static final String FILE_NAME = "manifest.json";
    private static final long FIXED_ENTRY_TIME = 315532800000L; // 1980-01-01, the earliest a zip entry holds
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ExportManifest() {}

    interface Part {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Streams one file into the zip and records its SHA-256; the part may close its stream. */
    static void entry(ZipOutputStream zip, Map<String, String> checksums, String name, Part part) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_ENTRY_TIME);
        zip.putNextEntry(entry);
        MessageDigest sha256 = Sha256.digest();
        OutputStream unclosable = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        part.writeTo(new DigestOutputStream(unclosable, sha256));
        zip.closeEntry();
        if (!name.equals(FILE_NAME)) {
            checksums.put(name, Sha256.hex(sha256));
        }
    }

    /** Writes manifest.json as the zip's last entry. */
    static void write(
            ZipOutputStream zip,
            String format,
            ExportOptions options,
            int statements,
            int documents,
            Map<String, String> checksums,
            Instant exportedAt)
            throws IOException {
        entry(zip, checksums, FILE_NAME, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("generator", "Credence " + APP_VERSION);
                g.writeStringField("format", format);
                g.writeStringField("exported_at", exportedAt.toString());
                writeOptions(g, options);
                g.writeObjectFieldStart("counts");
                g.writeNumberField("statements", statements);
                g.writeNumberField("documents", documents);
                g.writeEndObject();
                g.writeObjectFieldStart("sha256");
                for (Map.Entry<String, String> file : checksums.entrySet()) {
                    g.writeStringField(file.getKey(), file.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
        });
        zip.finish();
    }

    /** Every option, sorted where it is a set, so the same options print the same bytes. */
    private static void writeOptions(JsonGenerator g, ExportOptions options) throws IOException {
        g.writeObjectFieldStart("options");
        g.writeStringField("status", options.status().name().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart("labels");
        for (String label :
                new TreeSet<>(options.labels().stream().map(Label::code).toList())) {
            g.writeString(label);
        }
        g.writeEndArray();
        g.writeStringField("reviewer", options.reviewer());
        g.writeArrayFieldStart("documents");
        for (long id : new TreeSet<>(options.documentIds())) {
            g.writeNumber(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        for (long id : new TreeSet<>(options.sourceIds())) {
            g.writeNumber(id);
        }
        g.writeEndArray();
        g.writeStringField(
                "from", options.from() == null ? null : options.from().toString());
        g.writeStringField("to", options.to() == null ? null : options.to().toString());
        g.writeBooleanField("excel_bom", options.excelBom());
        g.writeBooleanField("split", options.split());
        g.writeEndObject();
    }
}
