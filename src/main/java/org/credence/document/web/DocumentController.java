package org.credence.document.web;

import java.util.List;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.document.UploadFolder;
import org.credence.document.DocumentSummary;
import org.credence.document.BatchImportService;
import org.credence.document.ImportInput;
import org.credence.document.ImportOptions;
import org.credence.document.ImportOutcome;
import org.credence.document.OriginalFile;
import org.credence.document.ProvenanceCorrection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.credence.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import java.io.IOException;
import java.util.ArrayList;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents")
class DocumentController {

    static final int MAX_PAGE_SIZE = 1000;

    private final DocumentService documents;
    private final BatchImportService batches;
    private final CurrentUser currentUser;

    private final UploadFolder uploads;

    DocumentController(DocumentService documents, BatchImportService batches, CurrentUser currentUser,
            UploadFolder uploads) {
        this.uploads = uploads;
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
    List<ImportOutcome> importFiles(@RequestParam("file") List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean mainContentOnly) throws IOException {
        List<ImportInput> inputs = new ArrayList<>();
        try {
            for (MultipartFile file : files) {
                Path temp = uploads.newFile();
                inputs.add(new ImportInput(nameOf(file), temp));
                file.transferTo(temp);
            }
            return batches.importAll(inputs, currentUser.name(), new ImportOptions(mainContentOnly), true).outcomes();
        } catch (IOException | RuntimeException e) {
            // Refused (role) or failed before the batch took the files over: remove them here.
            inputs.forEach(input -> input.file().toFile().delete());
            throw e;
        }
    }

    private static String nameOf(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "unnamed file" : name;
    }

    /** The file a document was imported from, byte for byte. */
    @GetMapping("/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        OriginalFile original = documents.original(id);
        String name = original.fileName() == null ? "document-" + id : original.fileName();
        MediaType type;
        try {
            type = original.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(original.contentType());
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
        return (ascii ? ContentDisposition.attachment().filename(name)
                : ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)).build().toString();
    }

    /** Corrects title, author, publisher, URL, date or language; {@code expectedVersion} guards against overwriting. */
    @PutMapping("/{id}/provenance")
    DocumentDetails correctProvenance(@PathVariable long id, @RequestBody @Valid ProvenanceRequest request) {
        return documents.correctProvenance(id, request.toCorrection(), currentUser.name());
    }

    record ProvenanceRequest(@NotBlank String title, String author, String publisher, String url,
            LocalDate publishedDate, String language, @NotNull Long expectedVersion) {
        ProvenanceCorrection toCorrection() {
            return new ProvenanceCorrection(title, author, publisher, url, publishedDate, language, expectedVersion);
        }
    }

    /** Documents in import order, a page at a time. */
    @GetMapping
    List<DocumentListItem> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("'page' must be 0 or more and 'size' between 1 and " + MAX_PAGE_SIZE + ".");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Page " + page + " of " + size + " starts after document 2,147,483,647,"
                    + " beyond any corpus: ask for a smaller page number.");
        }
        return documents.list(PageRequest.of(page, size)).map(DocumentListItem::of).getContent();
    }

    @GetMapping("/{id}")
    DocumentDetails get(@PathVariable long id) {
        return documents.get(id);
    }

    record DocumentListItem(long id, String title, String sha256, int chars, long statements) {
        static DocumentListItem of(DocumentSummary s) {
            return new DocumentListItem(s.id(), s.title(), s.sha256(), s.charCount(), s.statementCount());
        }
    }
}
