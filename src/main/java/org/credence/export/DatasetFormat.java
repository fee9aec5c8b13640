package org.credence.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;
import org.credence.export.format.JsonlStatementsFormat;
import org.credence.review.AgreementService;
import org.springframework.stereotype.Component;

/**
 * A dataset folder, as a zip: {@code statements.jsonl}, {@code documents.jsonl} (full text and
 * SHA-256), {@code sources.jsonl}, a {@code README.md} dataset card with a YAML header, and
 * {@code manifest.json} with the options, counts and the SHA-256 of every file. Every file but the
 * manifest (which records the export time) is the same bytes for the same data; entries carry a
 * fixed timestamp for that reason.
 */
@Component
class DatasetFormat implements ExportFormat {

    private final ExportRepository repository;
    private final JsonlStatementsFormat statementsFormat;
    private final AgreementService agreement;
    private final org.credence.claim.ClaimService claims;
    private final Clock clock;
    private final JsonFactory json = JsonFactory.builder().build();
    private final org.credence.project.ProjectService projects;

    DatasetFormat(
            ExportRepository repository,
            JsonlStatementsFormat statementsFormat,
            AgreementService agreement,
            org.credence.claim.ClaimService claims,
            Clock clock,
            org.credence.project.ProjectService projects) {
        this.projects = projects;
        this.repository = repository;
        this.claims = claims;
        this.statementsFormat = statementsFormat;
        this.agreement = agreement;
        this.clock = clock;
    }

    /** The project the dataset comes from and the guidelines its labels were made under (the revision in force). */
    private DatasetCard.Project projectCard() {
        org.credence.project.ProjectView project = projects.acting();
        return new DatasetCard.Project(project.name(), project.description(), projects.guidelines(project.id()));
    }

    @Override
    public String id() {
        return "dataset";
    }

    @Override
    public String title() {
        return "Dataset folder (zip: statements, documents, sources, claims, dataset card, manifest)";
    }

    @Override
    public String fileName() {
        return "credence-dataset.zip";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public ExportOptions.Status defaultStatus() {
        return ExportOptions.Status.APPROVED;
    }

    @Override
    public void write(Iterator<ExportRecord> records, ExportOptions options, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Map<String, String> checksums = new LinkedHashMap<>();
        RecordTally counting = new RecordTally(records);
        ExportManifest.entry(zip, checksums, "statements.jsonl", o -> statementsFormat.write(counting, options, o));
        if (options.split()) {
            // One more pass over the database per split: holding a million statements in memory is not an option.
            for (DatasetSplit split : DatasetSplit.values()) {
                ExportManifest.entry(zip, checksums, split.fileName(), o -> {
                    try (java.util.stream.Stream<ExportRecord> again = repository.stream(options)) {
                        statementsFormat.write(
                                again.filter(r -> DatasetSplit.of(r.documentSha256()) == split)
                                        .iterator(),
                                options,
                                o);
                    }
                });
            }
        }
        Map<Long, SourceCount> sources = new TreeMap<>();
        ExportManifest.entry(
                zip, checksums, "documents.jsonl", o -> writeDocuments(o, counting.documentIds(), sources));
        ExportManifest.entry(zip, checksums, "sources.jsonl", o -> writeSources(o, sources));
        ExportManifest.entry(zip, checksums, "claims.jsonl", o -> writeClaims(o, counting.claimIds()));
        byte[] card = DatasetCard.render(
                        counting.statements(),
                        counting.documentIds().size(),
                        counting.labels(),
                        agreement.summary(),
                        options,
                        projectCard())
                .getBytes(StandardCharsets.UTF_8);
        ExportManifest.entry(zip, checksums, "README.md", o -> o.write(card));
        ExportManifest.write(
                zip,
                id(),
                options,
                counting.statements(),
                counting.documentIds().size(),
                checksums,
                clock.instant());
    }

    /** A source as the dataset lists it: the documents of the dataset that come from it. */
    private record SourceCount(long id, String name, String domain, int documents) {
        SourceCount plusOne() {
            return new SourceCount(id, name, domain, documents + 1);
        }
    }

    /** Documents without a source are counted under id 0, "unknown". */
    private void writeDocuments(OutputStream out, TreeSet<Long> wanted, Map<Long, SourceCount> sources)
            throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8);
                Stream<DatasetDocument> documents = repository.streamDocuments()) {
            g.setRootValueSeparator(null);
            for (DatasetDocument d : (Iterable<DatasetDocument>) documents::iterator) {
                if (!wanted.contains(d.documentId())) {
                    continue;
                }
                long sourceId = d.sourceId() == null ? 0 : d.sourceId();
                sources.merge(
                        sourceId,
                        new SourceCount(
                                sourceId, d.sourceId() == null ? "unknown" : d.sourceName(), d.sourceDomain(), 1),
                        (had, one) -> had.plusOne());
                g.writeStartObject();
                g.writeNumberField("document_id", d.documentId());
                g.writeStringField("title", d.title());
                g.writeStringField("author", d.author());
                if (d.sourceId() == null) {
                    g.writeNullField("source_id");
                } else {
                    g.writeNumberField("source_id", d.sourceId());
                }
                g.writeStringField("source", d.sourceName());
                g.writeStringField("publisher", d.publisher());
                g.writeStringField("url", d.url());
                g.writeStringField("language", d.language());
                g.writeStringField(
                        "published",
                        d.published() == null ? null : d.published().toString());
                g.writeStringField("original_file_name", d.originalFileName());
                g.writeStringField("content_type", d.contentType());
                g.writeStringField("sha256", d.sha256());
                g.writeStringField("text_sha256", d.textSha256());
                // How the text was obtained: by OCR (which engine, languages, pages), fetched by URL (where, when).
                g.writeStringField("ocr_engine", d.ocrEngine());
                g.writeStringField("ocr_languages", d.ocrLanguages());
                if (d.ocrPages() == null) {
                    g.writeNullField("ocr_pages");
                } else {
                    g.writeNumberField("ocr_pages", d.ocrPages());
                }
                g.writeStringField("fetched_from", d.fetchedFrom());
                g.writeStringField(
                        "fetched_at",
                        d.fetchedAt() == null ? null : d.fetchedAt().toString());
                g.writeStringField(
                        "served_at", d.servedAt() == null ? null : d.servedAt().toString());
                // Versions of one article: the later ones say which they follow.
                g.writeNumberField("version", d.versionNumber());
                if (d.previousVersionId() == null) {
                    g.writeNullField("previous_version_id");
                } else {
                    g.writeNumberField("previous_version_id", d.previousVersionId());
                }
                g.writeStringField("text", d.text());
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    /** The claims the exported statements belong to, each with all its members, in id order. */
    private void writeClaims(OutputStream out, TreeSet<Long> claimIds) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            for (long id : claimIds) {
                ClaimsJson.write(g, claims.get(id));
                g.writeRaw('\n');
            }
        }
    }

    private void writeSources(OutputStream out, Map<Long, SourceCount> sources) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            for (SourceCount source : sources.values()) {
                g.writeStartObject();
                g.writeNumberField("source_id", source.id());
                g.writeStringField("name", source.name());
                g.writeStringField("domain", source.domain());
                g.writeNumberField("documents", source.documents());
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }
}
