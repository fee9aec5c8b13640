package org.credence.document.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.base.web.Paging;
import org.credence.document.BatchImportService;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.document.ImportInput;
import org.credence.document.ImportOptions;
import org.credence.document.ImportOutcome;
import org.credence.document.OriginalFile;
import org.credence.document.ProvenanceCorrection;
import org.credence.document.UploadFolder;
import org.credence.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

@RestController
@RequestMapping({"/api/documents", "/api/projects/{projectId}/documents"})
class DocumentController {

    private final DocumentService documents;
    private final BatchImportService batches;
    private final CurrentUser currentUser;

    private final org.credence.document.UrlImportService urls;
    private final UploadFolder uploads;
    private final DataSize maxRequestSize;

    DocumentController(
            DocumentService documents,
            BatchImportService batches,
            CurrentUser currentUser,
            org.credence.document.UrlImportService urls,
            UploadFolder uploads,
            @Value("${spring.servlet.multipart.max-request-size:1GB}") DataSize maxRequestSize) {
        this.urls = urls;
        this.uploads = uploads;
        this.maxRequestSize = maxRequestSize;
        this.documents = documents;
        this.batches = batches;
        this.currentUser = currentUser;
    }

    /**
     * Imports one or many files (multipart field {@code file}, repeated; zip archives are opened): a
     * result per file in the order given — created (with a probable duplicate when the same text came
     * from other bytes), duplicate (with the existing document) or failed with the reason. One file's
     * failure never stops the others.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<ImportOutcome> importFiles(HttpServletRequest request) throws IOException {
        if (!documents.mayImport()) {
            // Before a byte of the body is stored: a role that may not import does not fill the disk either.
            throw new AccessDeniedException("Your role does not allow importing.");
        }
        // Read here, not by the container: it refuses a whole batch for one file name holding a NUL.
        BufferedInputStream body = new BufferedInputStream(request.getInputStream());
        body.mark(1);
        boolean raw = body.read() >= 0;
        body.reset();
        MultipartUpload.Parsed upload = raw
                ? MultipartUpload.read(body, request.getContentType(), uploads, maxRequestSize.toBytes())
                : alreadyParsed(request);
        List<ImportInput> inputs = upload.files();
        try {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("Send the files as the multipart field 'file' (repeat it for"
                        + " several): curl -F file=@report.pdf …");
            }
            boolean mainContentOnly = Boolean.parseBoolean(
                    upload.fields().getOrDefault("mainContentOnly", queryParameter(request, "mainContentOnly")));
            return batches.importAll(inputs, currentUser.name(), new ImportOptions(mainContentOnly), true)
                    .outcomes();
        } catch (RuntimeException e) {
            // Refused (role) or failed before the batch took the files over: remove them here.
            inputs.forEach(input -> input.file().toFile().delete());
            throw e;
        }
    }

    /**
     * Imports a web page (or a PDF) by link: 201 with the new document, 200 when the same bytes were
     * imported before, 422 with the reason when the link could not be fetched or read (a refused address,
     * too many redirects, an error status, a file that does not import).
     */
    @PostMapping(path = "/url", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportOutcome> importUrl(@RequestBody @Valid UrlRequest request) {
        if (!documents.mayImport()) {
            throw new AccessDeniedException("Your role does not allow importing.");
        }
        ImportOutcome outcome =
                urls.importUrl(request.url(), Boolean.TRUE.equals(request.mainContentOnly()), currentUser.name());
        HttpStatus status = switch (outcome.status()) {
            case CREATED -> HttpStatus.CREATED;
            case DUPLICATE, SKIPPED -> HttpStatus.OK;
            case FAILED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return ResponseEntity.status(status).body(outcome);
    }

    record UrlRequest(
            @NotBlank @jakarta.validation.constraints.Size(max = 2000)
            String url,

            Boolean mainContentOnly) {}

    /**
     * A request whose parts were taken apart before it got here: MockMvc builds multipart requests
     * without a body. A servlet container always hands over the body, which {@link MultipartUpload} reads.
     */
    private MultipartUpload.Parsed alreadyParsed(HttpServletRequest request) throws IOException {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return new MultipartUpload.Parsed(List.of(), Map.of());
        }
        List<ImportInput> inputs = new ArrayList<>();
        for (MultipartFile file : multipart.getFiles("file")) {
            Path temp = uploads.newFile();
            inputs.add(new ImportInput(MultipartUpload.cleanName(file.getOriginalFilename()), temp));
            file.transferTo(temp);
        }
        Map<String, String> fields = new HashMap<>();
        multipart.getParameterMap().forEach((name, values) -> fields.put(name, values[0]));
        return new MultipartUpload.Parsed(inputs, fields);
    }

    private static String queryParameter(HttpServletRequest request, String name) {
        String value = UriComponentsBuilder.newInstance()
                .query(request.getQueryString())
                .build()
                .getQueryParams()
                .getFirst(name);
        return value == null ? "false" : value;
    }

    /** The file a document was imported from, byte for byte. */
    @GetMapping("/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        OriginalFile original = documents.original(id);
        String name = original.fileName() == null ? "document-" + id : original.fileName();
        MediaType type;
        try {
            type = original.contentType() == null
                    ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(original.contentType());
        } catch (InvalidMediaTypeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                .header("X-Content-SHA256", original.sha256())
                // Never let a browser render an uploaded HTML file as a page of this site.
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(original.content());
    }

    /** A plain file name where it is ASCII; RFC 5987 encoding only where it must be. */
    private static String attachment(String name) {
        boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
        return (ascii
                        ? ContentDisposition.attachment().filename(name)
                        : ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8))
                .build()
                .toString();
    }

    /** Corrects title, author, publisher, URL, date or language; {@code expectedVersion} guards against overwriting. */
    @PutMapping("/{id}/provenance")
    DocumentDetails correctProvenance(@PathVariable long id, @RequestBody @Valid ProvenanceRequest request) {
        return documents.correctProvenance(id, request.toCorrection(), currentUser.name());
    }

    record ProvenanceRequest(
            @NotBlank String title,
            String author,
            String publisher,
            String url,
            LocalDate publishedDate,
            String language,
            @NotNull Long expectedVersion) {
        ProvenanceCorrection toCorrection() {
            return new ProvenanceCorrection(title, author, publisher, url, publishedDate, language, expectedVersion);
        }
    }

    /** Documents in import order, a page at a time. */
    @GetMapping
    List<DocumentListItem> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return documents
                .list(Paging.of(page, size, "document"))
                .map(DocumentListItem::of)
                .getContent();
    }

    @GetMapping("/{id}")
    DocumentDetails get(@PathVariable long id) {
        return documents.get(id);
    }

    /** What changed from the previous version of the article, word by word (400 for a first version). */
    @GetMapping("/{id}/changes")
    VersionChangesJson changes(@PathVariable long id) {
        return VersionChangesJson.of(documents.changes(id));
    }

    record VersionChangesJson(
            long documentId,
            long previousVersionId,
            int version,
            int changedWords,
            List<org.credence.document.WordDiff.Segment> segments) {
        static VersionChangesJson of(org.credence.document.VersionChanges c) {
            return new VersionChangesJson(
                    c.documentId(),
                    c.previousId(),
                    c.number(),
                    c.diff().changedWords(),
                    c.diff().segments());
        }
    }

    record DocumentListItem(long id, String title, String sha256, int chars, long statements) {
        static DocumentListItem of(DocumentSummary s) {
            return new DocumentListItem(s.id(), s.title(), s.sha256(), s.charCount(), s.statementCount());
        }
    }
}
