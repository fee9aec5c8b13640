package org.credence.export.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportRecord;
import org.springframework.stereotype.Component;

/**
 * JSON Lines, one statement per line, fields in a fixed order so equal data gives equal bytes.
 * Offsets are Unicode code points into the document's stored text.
 */
@Component
public class JsonlStatementsFormat implements ExportFormat {

    private final JsonFactory json = JsonFactory.builder().build();

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
            while (records.hasNext()) {
                writeRecord(generator, records.next());
                generator.writeRaw('\n');
            }
        }
    }

    private static void writeRecord(JsonGenerator g, ExportRecord r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("statement_id", r.statementId());
        g.writeNumberField("document_id", r.documentId());
        g.writeStringField("title", r.title());
        g.writeStringField("document_sha256", r.documentSha256());
        g.writeNumberField("start", r.start());
        g.writeNumberField("end", r.end());
        g.writeStringField("exact", r.exact());
        g.writeStringField("label", r.label().code());
        g.writeStringField("author", r.reviewer());
        g.writeStringField("created_at", r.createdAt().toString());
        g.writeStringField("prefix", r.prefix());
        g.writeStringField("suffix", r.suffix());
        g.writeStringField("sentence", r.sentence());
        g.writeStringField("presentation", r.presentation() == null ? null : r.presentation().code());
        g.writeStringField("rationale", r.rationale());
        g.writeStringField("attribution_source", r.attributionSource());
        g.writeStringField("attribution_cue", r.attributionCue());
        g.writeArrayFieldStart("tags");
        for (String tag : r.tagList()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeStringField("document_author", r.documentAuthor());
        if (r.sourceId() == null) {
            g.writeNullField("source_id");
        } else {
            g.writeNumberField("source_id", r.sourceId());
        }
        g.writeStringField("source", r.sourceName());
        g.writeStringField("source_reliability", r.sourceReliability());
        if (r.credibility() == null) {
            g.writeNullField("credibility");
        } else {
            g.writeNumberField("credibility", r.credibility());
        }
        g.writeStringField("admiralty", r.admiralty());
        g.writeStringField("url", r.url());
        g.writeStringField("published", r.published() == null ? null : r.published().toString());
        g.writeStringField("review_state", r.reviewState().code());
        g.writeStringField("gold_label", r.goldLabel() == null ? null : r.goldLabel().code());
        g.writeStringField("decided_by", r.decidedBy());
        g.writeStringField("decided_at", r.decidedAt() == null ? null : r.decidedAt().toString());
        g.writeObjectFieldStart("span_labels");
        for (var reviewerLabel : r.spanLabels().entrySet()) {
            g.writeStringField(reviewerLabel.getKey(), reviewerLabel.getValue().code());
        }
        g.writeEndObject();
        if (r.spanAgreement() == null) {
            g.writeNullField("span_agreement");
        } else {
            g.writeNumberField("span_agreement", r.spanAgreement());
        }
        if (r.claimId() == null) {
            g.writeNullField("claim_id");
        } else {
            g.writeNumberField("claim_id", r.claimId());
        }
        g.writeEndObject();
    }
}
