package org.credence.export.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.credence.annotation.Label;
import org.credence.annotation.StatementDetails;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportRecord;
import org.credence.export.RestorableStatement;
import org.credence.export.StatementReader;
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
    private final ObjectMapper annotations = new ObjectMapper(json);

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
        textBody(
                g,
                "assessing",
                r.goldLabel() != null ? r.goldLabel().code() : r.label().code());
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

    /** Reads a collection this format wrote: span, quote, reviewer, label (the gold one where decided), rationale, tags. */
    @Override
    public Optional<StatementReader> reader() {
        return Optional.of(this::read);
    }

    private List<StatementReader.ReadStatement> read(InputStream in) throws IOException {
        JsonNode collection;
        try {
            collection = annotations.readTree(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(
                    "The body is not JSON, so not a W3C annotation export: " + e.getOriginalMessage());
        }
        JsonNode items = collection == null ? null : collection.path("first").path("items");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException(
                    "The body is JSON but not a W3C annotation export from Credence: it has no" + " first.items list.");
        }
        List<StatementReader.ReadStatement> read = new ArrayList<>();
        int number = 0;
        for (JsonNode annotation : items) {
            number++;
            try {
                read.add(StatementReader.ReadStatement.of(number, statementOf(annotation)));
            } catch (IllegalArgumentException e) {
                read.add(StatementReader.ReadStatement.problem(number, "not a Credence annotation: " + e.getMessage()));
            }
        }
        return read;
    }

    private static RestorableStatement statementOf(JsonNode a) {
        JsonNode quote = selector(a, "TextQuoteSelector");
        JsonNode position = selector(a, "TextPositionSelector");
        String label = null;
        String rationale = null;
        List<String> tags = new ArrayList<>();
        for (JsonNode body : a.path("body")) {
            switch (body.path("purpose").asText()) {
                case "assessing" -> label = body.path("value").asText();
                case "commenting" -> rationale = body.path("value").asText();
                case "tagging" -> tags.add(body.path("value").asText());
                default -> {}
            }
        }
        return new RestorableStatement(
                a.path("target").path("source").asText().replaceFirst("^urn:sha256:", ""),
                position.required("start").asInt(),
                position.required("end").asInt(),
                quote.required("exact").asText(),
                a.path("creator").path("nickname").asText(),
                new StatementDetails(Label.fromCode(label), null, rationale, null, null, tags, null, null));
    }

    private static JsonNode selector(JsonNode annotation, String type) {
        for (JsonNode selector : annotation.path("target").path("selector")) {
            if (type.equals(selector.path("type").asText())) {
                return selector;
            }
        }
        throw new IllegalArgumentException("it has no " + type);
    }

    private static void textBody(JsonGenerator g, String purpose, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "TextualBody");
        g.writeStringField("purpose", purpose);
        g.writeStringField("value", value);
        g.writeEndObject();
    }
}
