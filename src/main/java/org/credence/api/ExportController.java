package org.credence.api;

import org.credence.export.ExportFormat;
import org.credence.export.ExportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    /** Streams the export: a large corpus never sits in memory. */
    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "jsonl") String format) {
        ExportFormat chosen = exports.format(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(chosen.fileName()).build().toString())
                .body(out -> exports.export(chosen, out));
    }
}
