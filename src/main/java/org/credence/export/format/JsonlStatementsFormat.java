package org.credence.export.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.credence.annotation.Credibility;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportRecord;
import org.credence.export.RestorableStatement;
import org.credence.export.StatementReader;
import org.springframework.stereotype.Component;

/**
 * JSON Lines, one statement per line, fields in a fixed order so equal data gives equal bytes.
 * Offsets are Unicode code points into the document's stored text. Read back (to restore statements)
 * with the same field names: span, quote, reviewer, label, presentation, rationale, attribution, tags
 * and credibility come back as they were written.
 */
@Component
public class JsonlStatementsFormat implements ExportFormat {

    // Field names encoded once: writing them as Strings was a fifth of the writing time for a million records.
    private static final SerializableString PROJECT = new SerializedString("project");
    private static final SerializableString STATEMENT_ID = new SerializedString("statement_id");
    private static final SerializableString DOCUMENT_ID = new SerializedString("document_id");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString DOCUMENT_SHA256 = new SerializedString("document_sha256");
    private static final SerializableString START = new SerializedString("start");
    private static final SerializableString END = new SerializedString("end");
    private static final SerializableString EXACT = new SerializedString("exact");
    private static final SerializableString LABEL = new SerializedString("label");
    private static final SerializableString AUTHOR = new SerializedString("author");
    private static final SerializableString CREATED_AT = new SerializedString("created_at");
    private static final SerializableString PREFIX = new SerializedString("prefix");
    private static final SerializableString SUFFIX = new SerializedString("suffix");
    private static final SerializableString SENTENCE = new SerializedString("sentence");
    private static final SerializableString PRESENTATION = new SerializedString("presentation");
    private static final SerializableString RATIONALE = new SerializedString("rationale");
    private static final SerializableString ATTRIBUTION_SOURCE = new SerializedString("attribution_source");
    private static final SerializableString ATTRIBUTION_CUE = new SerializedString("attribution_cue");
    private static final SerializableString TAGS = new SerializedString("tags");
    private static final SerializableString DOCUMENT_AUTHOR = new SerializedString("document_author");
    private static final SerializableString SOURCE_ID = new SerializedString("source_id");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString SOURCE_RELIABILITY = new SerializedString("source_reliability");
    private static final SerializableString CREDIBILITY = new SerializedString("credibility");
    private static final SerializableString ADMIRALTY = new SerializedString("admiralty");
    private static final SerializableString URL = new SerializedString("url");
    private static final SerializableString PUBLISHED = new SerializedString("published");
    private static final SerializableString REVIEW_STATE = new SerializedString("review_state");
    private static final SerializableString GOLD_LABEL = new SerializedString("gold_label");
    private static final SerializableString DECIDED_BY = new SerializedString("decided_by");
    private static final SerializableString DECIDED_AT = new SerializedString("decided_at");
    private static final SerializableString SPAN_LABELS = new SerializedString("span_labels");
    private static final SerializableString SPAN_AGREEMENT = new SerializedString("span_agreement");
    private static final SerializableString CLAIM_ID = new SerializedString("claim_id");
    private static final SerializableString EVIDENCE_URL = new SerializedString("evidence_url");
    private static final SerializableString UNIT_ID = new SerializedString("unit_id");
    private static final SerializableString GOLD_START = new SerializedString("gold_start");
    private static final SerializableString GOLD_END = new SerializedString("gold_end");

    private final JsonFactory json = JsonFactory.builder().build();
    private final org.credence.project.ProjectService projects;

    JsonlStatementsFormat(org.credence.project.ProjectService projects) {
        this.projects = projects;
    }

    private final ObjectMapper records = new ObjectMapper(json);

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String title() {
        return "JSON Lines (one statement per line)";
    }

    @Override
    public String fileName() {
        return "statements.jsonl";
    }

    @Override
    public String mediaType() {
        return "application/x-ndjson";
    }

    @Override
    public void write(Iterator<ExportRecord> records, ExportOptions options, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setRootValueSeparator(null);
            String project = projects.acting().name(); // every record says which investigation it comes from
            while (records.hasNext()) {
                writeRecord(generator, records.next(), project);
                generator.writeRaw('\n');
            }
        }
    }

    /** Reads every line back with the same field names the writer uses: what is written is restored. */
    @Override
    public Optional<StatementReader> reader() {
        return Optional.of(this::read);
    }

    private List<StatementReader.ReadStatement> read(InputStream in) throws IOException {
        List<StatementReader.ReadStatement> read = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                read.add(StatementReader.ReadStatement.of(number, statementOf(records.readTree(line))));
            } catch (IOException | IllegalArgumentException e) {
                read.add(StatementReader.ReadStatement.problem(number, "not a statement record: " + e.getMessage()));
            }
        }
        return read;
    }

    private static RestorableStatement statementOf(JsonNode r) {
        JsonNode credibility = r.get(CREDIBILITY.getValue());
        StatementDetails details = new StatementDetails(
                Label.fromCode(required(r, LABEL)),
                optional(r, PRESENTATION) == null ? null : Presentation.fromCode(optional(r, PRESENTATION)),
                optional(r, RATIONALE),
                optional(r, ATTRIBUTION_SOURCE),
                optional(r, ATTRIBUTION_CUE),
                tags(r),
                optional(r, EVIDENCE_URL),
                null,
                credibility == null || credibility.isNull() ? null : Credibility.of(credibility.asInt()));
        return new RestorableStatement(
                required(r, DOCUMENT_SHA256),
                whole(r, START),
                whole(r, END),
                required(r, EXACT),
                required(r, AUTHOR),
                details);
    }

    private static String required(JsonNode record, SerializableString field) {
        String value = optional(record, field);
        if (value == null) {
            throw new IllegalArgumentException("'" + field.getValue() + "' is missing");
        }
        return value;
    }

    private static String optional(JsonNode record, SerializableString field) {
        JsonNode value = record.get(field.getValue());
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int whole(JsonNode record, SerializableString field) {
        JsonNode value = record.get(field.getValue());
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field.getValue() + "' must be a whole number");
        }
        return value.asInt();
    }

    private static List<String> tags(JsonNode record) {
        List<String> tags = new ArrayList<>();
        JsonNode array = record.get(TAGS.getValue());
        if (array != null) {
            array.forEach(tag -> tags.add(tag.asText()));
        }
        return tags;
    }

    private static void writeRecord(JsonGenerator g, ExportRecord r, String project) throws IOException {
        g.writeStartObject();
        string(g, PROJECT, project);
        number(g, STATEMENT_ID, r.statementId());
        number(g, DOCUMENT_ID, r.documentId());
        string(g, TITLE, r.title());
        string(g, DOCUMENT_SHA256, r.documentSha256());
        number(g, START, r.start());
        number(g, END, r.end());
        string(g, EXACT, r.exact());
        string(g, LABEL, r.label().code());
        string(g, AUTHOR, r.reviewer());
        string(g, CREATED_AT, r.createdAt().toString());
        string(g, PREFIX, r.prefix());
        string(g, SUFFIX, r.suffix());
        string(g, SENTENCE, r.sentence());
        string(
                g,
                PRESENTATION,
                r.presentation() == null ? null : r.presentation().code());
        string(g, RATIONALE, r.rationale());
        string(g, ATTRIBUTION_SOURCE, r.attributionSource());
        string(g, ATTRIBUTION_CUE, r.attributionCue());
        g.writeFieldName(TAGS);
        g.writeStartArray();
        for (String tag : r.tagList()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        string(g, DOCUMENT_AUTHOR, r.documentAuthor());
        nullableNumber(g, SOURCE_ID, r.sourceId());
        string(g, SOURCE, r.sourceName());
        string(
                g,
                SOURCE_RELIABILITY,
                r.sourceReliability() == null ? null : r.sourceReliability().name());
        nullableNumber(
                g,
                CREDIBILITY,
                r.credibility() == null ? null : (long) r.credibility().grade());
        string(g, ADMIRALTY, r.admiralty());
        string(g, URL, r.url());
        string(g, PUBLISHED, r.published() == null ? null : r.published().toString());
        string(g, REVIEW_STATE, r.reviewState().code());
        string(g, GOLD_LABEL, r.goldLabel() == null ? null : r.goldLabel().code());
        string(g, DECIDED_BY, r.decidedBy());
        string(g, DECIDED_AT, r.decidedAt() == null ? null : r.decidedAt().toString());
        g.writeFieldName(SPAN_LABELS);
        g.writeStartObject();
        for (var reviewerLabel : r.spanLabels().entrySet()) {
            g.writeStringField(reviewerLabel.getKey(), reviewerLabel.getValue().code());
        }
        g.writeEndObject();
        java.math.BigDecimal agreement = r.spanAgreement();
        g.writeFieldName(SPAN_AGREEMENT);
        if (agreement == null) {
            g.writeNull();
        } else {
            g.writeNumber(agreement);
        }
        nullableNumber(g, CLAIM_ID, r.claimId());
        // Last, so files written before it existed differ only by this field.
        string(g, EVIDENCE_URL, r.evidenceUrl());
        // The unit and the gold span (issue #19) come after, for the same reason.
        number(g, UNIT_ID, r.unitId());
        nullableNumber(g, GOLD_START, r.goldStart() == null ? null : (long) r.goldStart());
        nullableNumber(g, GOLD_END, r.goldEnd() == null ? null : (long) r.goldEnd());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void number(JsonGenerator g, SerializableString name, long value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void nullableNumber(JsonGenerator g, SerializableString name, Long value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
