package org.credence.export.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.base.domain.Sha256;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportService;
import org.credence.export.StatementImport;
import org.credence.export.StatementImportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
class ExportController {

    private final ExportService exports;
    private final StatementImportService imports;

    ExportController(ExportService exports, StatementImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    /** Streams the export: a large corpus never sits in memory. */
    @GetMapping({"/api/export", "/api/projects/{projectId}/export"})
    ResponseEntity<StreamingResponseBody> export(ExportQuery query) {
        ExportFormat chosen = query.chosenFormat(exports);
        ExportOptions options = query.options(chosen);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(chosen.fileName())
                                .build()
                                .toString())
                .body(out -> exports.export(chosen, options, out));
    }

    /** Writes the export, with the same filters, into the server's exports folder (default {@code exports/}). */
    @PostMapping({"/api/exports", "/api/projects/{projectId}/exports"})
    ResponseEntity<WrittenExport> write(ExportQuery query) throws IOException {
        ExportFormat chosen = query.chosenFormat(exports);
        Path file = exports.exportToFolder(chosen, query.options(chosen));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new WrittenExport(chosen.id(), file.toString(), Files.size(file), Sha256.of(file)));
    }

    /**
     * Restores statements from a JSONL ({@code format=jsonl}) or W3C ({@code format=w3c}) export onto
     * the same documents; editors and admins.
     */
    @PostMapping({"/api/statements/import", "/api/projects/{projectId}/statements/import"})
    StatementImport importStatements(HttpServletRequest request) throws IOException {
        // The body first, whatever type it declares: curl --data-binary sends form-urlencoded by default,
        // and reading a parameter would then parse (and use up) the export as form fields.
        InputStream body = request.getInputStream();
        String format = UriComponentsBuilder.newInstance()
                .query(request.getQueryString())
                .build()
                .getQueryParams()
                .getFirst("format");
        if (format == null) {
            throw new IllegalArgumentException("Say which format the body is in: ?format=jsonl or ?format=w3c.");
        }
        return imports.restore(format, body);
    }

    record WrittenExport(String format, String file, long bytes, String sha256) {}
}
