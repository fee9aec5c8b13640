package org.credence.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * A single-file format delivered as a zip of its file and {@code manifest.json} (options, counts,
 * app version, SHA-256), so any export can be checked and cited later. The file inside is the same
 * bytes the format writes on its own.
 */
final class BundledFormat implements ExportFormat {

    private final ExportFormat inner;
    private final Clock clock;

    BundledFormat(ExportFormat inner, Clock clock) {
        this.inner = inner;
        this.clock = clock;
    }

    @Override
    public String id() {
        return inner.id();
    }

    @Override
    public String title() {
        return inner.title() + ", zipped with manifest.json";
    }

    /** e.g. {@code statements-jsonl.zip}: one name per format, so bundles never overwrite each other. */
    @Override
    public String fileName() {
        String name = inner.fileName();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-" + inner.id() + ".zip";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public ExportOptions.Status defaultStatus() {
        return inner.defaultStatus();
    }

    @Override
    public void write(Iterator<ExportRecord> records, ExportOptions options, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Map<String, String> checksums = new LinkedHashMap<>();
        RecordTally counting = new RecordTally(records);
        ExportManifest.entry(zip, checksums, inner.fileName(), o -> inner.write(counting, options, o));
        ExportManifest.write(
                zip,
                inner.id(),
                options,
                counting.statements(),
                counting.documentIds().size(),
                checksums,
                clock.instant());
    }
}
