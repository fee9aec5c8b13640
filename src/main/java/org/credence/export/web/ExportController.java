package org.credence.export.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.annotation.Label;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.base.domain.Sha256;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportService;
import org.credence.export.StatementImport;
import org.credence.export.StatementImportService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
class ExportController {

    private final ExportService exports;
    private final StatementImportService imports;

    ExportController(ExportService exports, StatementImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    /** Streams the export: a large corpus never sits in memory. */
    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "jsonl") String format,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean bom,
            @RequestParam(required = false) List<String> label, @RequestParam(required = false) String reviewer,
            @RequestParam(required = false) List<Long> document, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<Long> source, @RequestParam(defaultValue = "false") boolean split,
            @RequestParam(defaultValue = "false") boolean bundle) {
        ExportFormat chosen = chosen(format, bundle);
        ExportOptions base = options(chosen, status, bom);
        ExportOptions options = new ExportOptions(base.status(), bom,
                label == null ? Set.of() : label.stream().map(Label::fromCode).collect(Collectors.toSet()), reviewer,
                document == null ? Set.of() : Set.copyOf(document), from, to,
                source == null ? Set.of() : Set.copyOf(source), split);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(chosen.fileName()).build().toString())
                .body(out -> exports.export(chosen, options, out));
    }

    /** Writes the export into the server's exports folder (default {@code exports/}). */
    @PostMapping("/api/exports")
    ResponseEntity<WrittenExport> write(@RequestParam(defaultValue = "jsonl") String format,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean bom,
            @RequestParam(defaultValue = "false") boolean bundle) throws IOException {
        ExportFormat chosen = chosen(format, bundle);
        Path file = exports.exportToFolder(chosen, options(chosen, status, bom));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new WrittenExport(chosen.id(), file.toString(), Files.size(file), Sha256.of(file)));
    }

    /** {@code bundle}: the format's file zipped with manifest.json (a dataset always is). */
    private ExportFormat chosen(String format, boolean bundle) {
        ExportFormat found = exports.format(format);
        return bundle ? exports.bundled(found) : found;
    }

    /**
     * Restores statements from a JSONL ({@code format=jsonl}) or W3C ({@code format=w3c}) export onto
     * the same documents; editors and admins.
     */
    @PostMapping("/api/statements/import")
    StatementImport importStatements(HttpServletRequest request) throws IOException {
        // The body first, whatever type it declares: curl --data-binary sends form-urlencoded by default,
        // and reading a parameter would then parse (and use up) the export as form fields.
        InputStream body = request.getInputStream();
        String format = UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                .getFirst("format");
        if (format == null) {
            throw new IllegalArgumentException("Say which format the body is in: ?format=jsonl or ?format=w3c.");
        }
        return imports.restore(format, body);
    }

    /** {@code status} absent: the format's own default (all statements; approved only for datasets). */
    private static ExportOptions options(ExportFormat format, String status, boolean bom) {
        return new ExportOptions(status == null ? format.defaultStatus() : ExportOptions.Status.fromCode(status), bom);
    }

    record WrittenExport(String format, String file, long bytes, String sha256) {
    }
}
