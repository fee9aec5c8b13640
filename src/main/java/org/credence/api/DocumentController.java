package org.credence.api;

import java.util.List;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.document.ImportOutcome;
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
    private final CurrentUser currentUser;

    DocumentController(DocumentService documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    /**
     * Imports one or many files (multipart field {@code file}, repeated): a result per file —
     * created, duplicate (with the existing document) or failed with the reason. One file's
     * failure never stops the others.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<ImportOutcome> importFiles(@RequestParam("file") List<MultipartFile> files) throws IOException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (MultipartFile file : files) {
            outcomes.add(documents.importFile(file.getOriginalFilename(), file.getBytes(), currentUser.name()));
        }
        return outcomes;
    }

    /** Documents in import order, a page at a time. */
    @GetMapping
    List<DocumentListItem> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("'page' must be 0 or more and 'size' between 1 and " + MAX_PAGE_SIZE + ".");
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
