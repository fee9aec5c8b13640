package org.credence.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.credence.security.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the annotated corpus in any registered format, streaming from the database. */
@Service
public class ExportService {

    private final ExportRepository records;
    private final ExportFormats formats;
    private final ExportProperties properties;
    private final java.time.Clock clock;

    ExportService(ExportRepository records, ExportFormats formats, ExportProperties properties, java.time.Clock clock) {
        this.records = records;
        this.clock = clock;
        this.formats = formats;
        this.properties = properties;
    }

    /** Streams the corpus in {@code format} to {@code out}, which stays open. */
    @Access.Exporters
    @Transactional(readOnly = true)
    public void export(ExportFormat format, ExportOptions options, OutputStream out) throws IOException {
        write(format, options, out, null);
    }

    private void write(ExportFormat format, ExportOptions options, OutputStream out, ExportJob job) throws IOException {
        try (Stream<ExportRecord> stream = records.stream(options)) {
            if (job == null) {
                format.write(stream.iterator(), options, out);
            } else {
                format.write(TrackedExport.records(stream.iterator(), job), options, TrackedExport.output(out, job));
            }
        }
        out.flush();
    }

    /** How many statements an export with these options holds. */
    @Access.Exporters
    @Transactional(readOnly = true)
    public long count(ExportOptions options) {
        return records.count(options);
    }

    /**
     * The export's first {@code maxRecords} statements in {@code format}, as text, so a researcher can
     * check fields and filters before a long export. A dataset (a zip) is previewed as its statements.jsonl.
     */
    @Access.Exporters
    @Transactional(readOnly = true)
    public String preview(ExportFormat format, ExportOptions options, int maxRecords) {
        ExportFormat shown = format.mediaType().equals("application/zip") ? formats.find("jsonl") : format;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Stream<ExportRecord> stream = records.stream(options)) {
            shown.write(stream.limit(maxRecords).iterator(), options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Writes the export into the exports folder and returns the file. It is written to a temporary
     * file first and moved into place, so a reader never sees half an export.
     */
    @Access.Exporters
    @Transactional(readOnly = true)
    public Path exportToFolder(ExportFormat format, ExportOptions options) throws IOException {
        return exportToFolder(format, options, null);
    }

    /** As {@link #exportToFolder(ExportFormat, ExportOptions)}, reporting to and stopping with {@code job}. */
    @Access.Exporters
    @Transactional(readOnly = true)
    public Path exportToFolder(ExportFormat format, ExportOptions options, ExportJob job) throws IOException {
        Path dir = properties.dir();
        Files.createDirectories(dir);
        Path target = dir.resolve(format.fileName());
        Path partial = Files.createTempFile(dir, format.fileName(), ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(format, options, out, job);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * {@code format} as a zip with its file and manifest.json; a format that is a zip already (the
     * dataset, which has its manifest) is returned as it is.
     */
    @Access.Exporters
    public ExportFormat bundled(ExportFormat format) {
        return format.mediaType().equals("application/zip") ? format : new BundledFormat(format, clock);
    }

    /** Checked before a streamed export starts, so a refusal is a 403 and not a broken 200. */
    @Access.Exporters
    public ExportFormat format(String id) {
        return formats.find(id);
    }

    @Access.Exporters
    public java.util.List<ExportFormat> formats() {
        return formats.all();
    }
}
