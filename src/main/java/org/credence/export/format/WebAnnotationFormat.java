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
 * W3C Web Annotation Data Model, JSON-LD: one AnnotationCollection with one page. Each statement is
 * an Annotation with motivation "assessing"; bodies carry the verdict (purpose assessing), tags
 * (tagging) and rationale (commenting); the target names the document by the SHA-256 of its
 * original bytes and anchors the span with a TextQuoteSelector and a TextPositionSelector (code points).
 */
@Component
public class WebAnnotationFormat implements ExportFormat {

    private final JsonFactory json = JsonFactory.builder().build();

    @Override
    public String id() {
        return "w3c";
    }

    @Override
    public String title() {
        return "W3C Web Annotation (JSON-LD AnnotationCollection)";
    }

    @Override
    public String fileName() {
        return "annotations.jsonld";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public void write(Iterator<ExportRecord> records, ExportOptions options, OutputStream out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("@context", "http://www.w3.org/ns/anno.jsonld");
            g.writeStringField("id", "urn:credence:collection:statements");
            g.writeStringField("type", "AnnotationCollection");
            g.writeStringField("label", "Credence statements");
            g.writeObjectFieldStart("first");
            g.writeStringField("id", "urn:credence:collection:statements:page1");
            g.writeStringField("type", "AnnotationPage");
            g.writeArrayFieldStart("items");
            long total = 0;
            while (records.hasNext()) {
                writeAnnotation(g, records.next());
                total++;
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("total", total);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeAnnotation(JsonGenerator g, ExportRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "urn:credence:statement:" + r.statementId());
        g.writeStringField("type", "Annotation");
        g.writeStringField("motivation", "assessing");
        g.writeStringField("created", r.createdAt().toString());
        if (r.modifiedAt() != null) {
            g.writeStringField("modified", r.modifiedAt().toString());
        }
        g.writeObjectFieldStart("creator");
        g.writeStringField("type", "Person");
        g.writeStringField("nickname", r.reviewer());
        g.writeEndObject();
        g.writeObjectFieldStart("generator");
        g.writeStringField("type", "Software");
        g.writeStringField("name", "Credence");
        g.writeEndObject();
        g.writeArrayFieldStart("body");
        textBody(g, "assessing", r.goldLabel() != null ? r.goldLabel().code() : r.label().code());
        for (String tag : r.tagList()) {
            textBody(g, "tagging", tag);
        }
        if (r.rationale() != null) {
            textBody(g, "commenting", r.rationale());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("target");
        g.writeStringField("source", "urn:sha256:" + r.documentSha256());
        g.writeArrayFieldStart("selector");
        g.writeStartObject();
        g.writeStringField("type", "TextQuoteSelector");
        g.writeStringField("exact", r.exact());
        g.writeStringField("prefix", r.prefix() == null ? "" : r.prefix());
        g.writeStringField("suffix", r.suffix() == null ? "" : r.suffix());
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", "TextPositionSelector");
        g.writeNumberField("start", r.start());
        g.writeNumberField("end", r.end());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void textBody(JsonGenerator g, String purpose, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "TextualBody");
        g.writeStringField("purpose", purpose);
        g.writeStringField("value", value);
        g.writeEndObject();
    }
}
