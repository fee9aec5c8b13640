package org.credence.export.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.credence.annotation.CorpusStatement;
import org.credence.export.ExportFormat;
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
    public void write(Iterator<CorpusStatement> records, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setRootValueSeparator(null);
            while (records.hasNext()) {
                writeRecord(generator, records.next());
                generator.writeRaw('\n');
            }
        }
    }

    private static void writeRecord(JsonGenerator g, CorpusStatement s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("statement_id", s.statementId());
        g.writeNumberField("document_id", s.documentId());
        g.writeStringField("title", s.documentTitle());
        g.writeStringField("document_sha256", s.documentSha256());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("exact", s.quote());
        g.writeStringField("label", s.label().code());
        g.writeStringField("author", s.author());
        g.writeStringField("created_at", s.createdAt().toString());
        g.writeEndObject();
    }
}
