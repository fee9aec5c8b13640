package org.credence.export.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.credence.annotation.Label;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportRecord;
import org.springframework.stereotype.Component;

/**
 * FEVER-style claim verification data, one JSON object per line: {@code id, claim, label, evidence}.
 * The mapping, documented in the README: confirmed → SUPPORTS, disputed → REFUTES, unconfirmed →
 * NOT ENOUGH INFO; the Credence label is kept as {@code original_label}. The label is the editor's
 * gold label (approved statements only, by default). Evidence is the span in its document, named by
 * the SHA-256 of the original file, instead of FEVER's Wikipedia sentence ids.
 */
@Component
public class FeverFormat implements ExportFormat {

    static final Map<Label, String> FEVER_LABELS = Map.of(
            Label.CONFIRMED, "SUPPORTS",
            Label.DISPUTED, "REFUTES",
            Label.UNCONFIRMED, "NOT ENOUGH INFO");

    private final JsonFactory json = JsonFactory.builder().build();

    @Override
    public String id() {
        return "fever";
    }

    @Override
    public String title() {
        return "FEVER-style claims (SUPPORTS / REFUTES / NOT ENOUGH INFO)";
    }

    @Override
    public String fileName() {
        return "fever.jsonl";
    }

    @Override
    public String mediaType() {
        return "application/x-ndjson";
    }

    @Override
    public ExportOptions.Status defaultStatus() {
        return ExportOptions.Status.APPROVED;
    }

    @Override
    public void write(Iterator<ExportRecord> records, ExportOptions options, OutputStream out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);
            while (records.hasNext()) {
                ExportRecord r = records.next();
                Label label = r.goldLabel() != null ? r.goldLabel() : r.label();
                g.writeStartObject();
                g.writeNumberField("id", r.statementId());
                g.writeStringField("claim", r.exact());
                g.writeStringField("label", FEVER_LABELS.get(label));
                g.writeStringField("original_label", label.code());
                g.writeArrayFieldStart("evidence");
                g.writeStartObject();
                g.writeStringField("document_sha256", r.documentSha256());
                g.writeStringField("title", r.title());
                g.writeNumberField("start", r.start());
                g.writeNumberField("end", r.end());
                g.writeStringField("text", r.exact());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }
}
