package org.credence.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.credence.base.domain.AbstractEntity;
import org.credence.base.domain.CodePoints;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An imported document: its normalised text, which every statement offset refers to and which
 * therefore never changes after import, and where it came from.
 */
@Entity
@Table(name = "document", indexes = @Index(name = "ux_document_sha256", columnList = "sha256", unique = true))
public class Document extends AbstractEntity {

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 500)
    private String author;

    @Column(length = 16000)
    private String originalFileName;

    @Column(length = 300)
    private String publisher;

    /** Where the document was published: the canonical link or og:url of a web page. */
    @Column(length = 2000)
    private String url;

    /** ISO 639-1 code, detected from the text unless an editor set it. */
    @Column(length = 20)
    private String language;

    /** The project the document belongs to; the same bytes imported into another project are another document. */
    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    // An id, not the Source entity: the source feature owns its table and is asked through its service.
    @Column(name = "source_id")
    private Long sourceId;

    /** Whether only the main content of a web page was kept (Tika's boilerpipe handler). */
    @Column(nullable = false, updatable = false)
    private boolean mainContentOnly;

    @Column(length = 200)
    private String contentType;

    /** The OCR program that read the text; null when the text came from the file's own text layer. */
    @Column(length = 100, updatable = false)
    private String ocrEngine;

    @Column(length = 100, updatable = false)
    private String ocrLanguages;

    @Column(updatable = false)
    private Integer ocrPages;

    /** For a page imported by URL: where it was found after redirects, when, and the server's Date. */
    @Column(length = 2000, updatable = false)
    private String fetchedFrom;

    @Column(updatable = false)
    private Instant fetchedAt;

    @Column(updatable = false)
    private Instant servedAt;

    private LocalDate publishedDate;

    /** SHA-256 of the original bytes: the same file is never imported twice. */
    @Column(nullable = false, length = 64)
    private String sha256;

    /** SHA-256 of the stored text, so exports can prove which text their offsets refer to. */
    @Column(nullable = false, length = 64)
    private String textSha256;

    // Unbounded varchar on H2 and PostgreSQL alike (see V1 migration); a CLOB would differ between them.
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private String text;

    /** Length of the text in Unicode code points, the unit of every offset. */
    private int charCount;

    @Column(nullable = false, length = 100)
    private String importedBy;

    @Column(nullable = false)
    private Instant importedAt;

    @Column(length = 100)
    private String modifiedBy;

    private Instant modifiedAt;

    // Versions of one article (issue #17): ids, so a version never loads its neighbours' text.
    @Column(name = "previous_version_id", updatable = false)
    private Long previousVersionId;

    @Column(name = "first_version_id", updatable = false)
    private Long firstVersionId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber = 1;

    protected Document() {}

    Document(
            long projectId,
            DocumentText text,
            Provenance provenance,
            Long sourceId,
            boolean mainContentOnly,
            String sha256,
            String importedBy,
            Instant importedAt) {
        this.projectId = projectId;
        this.text = Objects.requireNonNull(text.value());
        this.textSha256 = text.sha256();
        this.charCount = CodePoints.length(this.text);
        this.title = provenance.title();
        this.author = provenance.author();
        this.originalFileName = provenance.originalFileName();
        this.contentType = provenance.contentType();
        this.publishedDate = provenance.published();
        this.publisher = provenance.publisher();
        this.url = provenance.url();
        this.language = provenance.language();
        if (provenance.ocr() != null) {
            this.ocrEngine = provenance.ocr().engine();
            this.ocrLanguages = provenance.ocr().languages();
            this.ocrPages = provenance.ocr().pages();
        }
        this.sourceId = sourceId;
        this.mainContentOnly = mainContentOnly;
        this.sha256 = sha256;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /** Provenance is corrected by people after import; the text and its checksums never change. */
    void correct(ProvenanceCorrection correction, Long newSourceId, String editor, Instant when) {
        this.title = correction.title();
        this.author = correction.author();
        this.publisher = correction.publisher();
        this.url = correction.url();
        this.publishedDate = correction.publishedDate();
        this.language = correction.language();
        this.sourceId = newSourceId;
        this.modifiedBy = editor;
        this.modifiedAt = when;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getOriginalFileName() {
        return originalFileName;
    }

    /** Called before the first save of a document imported by URL. */
    void recordFetch(org.credence.document.fetch.FetchedPage page) {
        this.fetchedFrom = page.finalUrl();
        this.fetchedAt = page.fetchedAt();
        this.servedAt = page.servedAt();
    }

    /** Called before the first save of a document that is a later version of {@code previous}. */
    void follow(ArticleVersionRow previous) {
        this.previousVersionId = previous.id();
        this.firstVersionId = previous.firstVersionId() == null ? previous.id() : previous.firstVersionId();
        this.versionNumber = previous.number() + 1;
    }

    public Long getPreviousVersionId() {
        return previousVersionId;
    }

    public Long getFirstVersionId() {
        return firstVersionId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getFetchedFrom() {
        return fetchedFrom;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public Instant getServedAt() {
        return servedAt;
    }

    /** How the text was read by OCR; null when it came from the file's own text layer. */
    public org.credence.document.extract.OcrUse getOcr() {
        return ocrEngine == null
                ? null
                : new org.credence.document.extract.OcrUse(ocrEngine, ocrLanguages, ocrPages == null ? 0 : ocrPages);
    }

    public String getContentType() {
        return contentType;
    }

    public LocalDate getPublishedDate() {
        return publishedDate;
    }

    public String getSha256() {
        return sha256;
    }

    public String getTextSha256() {
        return textSha256;
    }

    public String getText() {
        return text;
    }

    public int getCharCount() {
        return charCount;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getUrl() {
        return url;
    }

    public String getLanguage() {
        return language;
    }

    public long getProjectId() {
        return projectId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public boolean isMainContentOnly() {
        return mainContentOnly;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }
}
