package org.credence.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.InvalidSpanException;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Restores statements from a Credence JSONL or W3C Web Annotation export onto the same documents,
 * matched by the SHA-256 of their original bytes. Each statement is made again in its reviewer's
 * name with its span, quote and details (the reviewer must have an active reviewer account here; the
 * history names the editor who ran the restore); one already there (same reviewer, span and label) is
 * left alone, so an import can be repeated. A record that does not fit is reported, never half-applied.
 */
@Service
public class StatementImportService {

    private final DocumentService documents;
    private final AnnotationService annotations;
    private final ObjectMapper json;

    StatementImportService(DocumentService documents, AnnotationService annotations, ObjectMapper json) {
        this.documents = documents;
        this.annotations = annotations;
        this.json = json;
    }

    /** A statement as an export describes it. */
    record Incoming(String documentSha256, int start, int end, String exact, String reviewer, StatementDetails details) {
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public StatementImport importJsonl(InputStream in) throws IOException {
        List<Incoming> incoming = new ArrayList<>();
        List<StatementImport.Failure> failures = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode r = json.readTree(line);
                incoming.add(new Incoming(text(r, "document_sha256"), r.required("start").asInt(), r.required("end").asInt(),
                        text(r, "exact"), text(r, "author"), new StatementDetails(Label.fromCode(text(r, "label")),
                        optional(r, "presentation").map(Presentation::fromCode).orElse(null),
                        optional(r, "rationale").orElse(null), optional(r, "attribution_source").orElse(null),
                        optional(r, "attribution_cue").orElse(null), strings(r.get("tags")), null, null)));
            } catch (IOException | IllegalArgumentException e) {
                failures.add(new StatementImport.Failure(number, "not a statement record: " + e.getMessage()));
                incoming.add(null);
            }
        }
        return restore(incoming, failures);
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public StatementImport importWebAnnotations(InputStream in) throws IOException {
        JsonNode collection;
        try {
            collection = json.readTree(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("The body is not JSON, so not a W3C annotation export: "
                    + e.getOriginalMessage());
        }
        JsonNode items = collection == null ? null : collection.path("first").path("items");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("The body is JSON but not a W3C annotation export from Credence: it has no"
                    + " first.items list.");
        }
        List<Incoming> incoming = new ArrayList<>();
        List<StatementImport.Failure> failures = new ArrayList<>();
        int number = 0;
        for (JsonNode a : items) {
            number++;
            try {
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
                        default -> { }
                    }
                }
                incoming.add(new Incoming(a.path("target").path("source").asText().replaceFirst("^urn:sha256:", ""),
                        position.required("start").asInt(), position.required("end").asInt(), quote.required("exact").asText(),
                        a.path("creator").path("nickname").asText(), new StatementDetails(Label.fromCode(label), null,
                        rationale, null, null, tags, null, null)));
            } catch (IllegalArgumentException e) {
                failures.add(new StatementImport.Failure(number, "not a Credence annotation: " + e.getMessage()));
                incoming.add(null);
            }
        }
        return restore(incoming, failures);
    }

    private StatementImport restore(List<Incoming> incoming, List<StatementImport.Failure> failures) {
        int restored = 0;
        int present = 0;
        for (int i = 0; i < incoming.size(); i++) {
            Incoming s = incoming.get(i);
            if (s == null) {
                continue;
            }
            Optional<Long> documentId = documents.idBySha256(s.documentSha256());
            if (documentId.isEmpty()) {
                failures.add(new StatementImport.Failure(i + 1, "no document with SHA-256 " + s.documentSha256()));
                continue;
            }
            if (alreadyThere(documentId.get(), s)) {
                present++;
                continue;
            }
            try {
                // In the reviewer's own name, so the restored statement is theirs as before; the history
                // names the editor who restored it.
                annotations.restore(documentId.get(), s.start(), s.end(), s.details(), s.exact(), s.reviewer());
                restored++;
            } catch (IllegalArgumentException | InvalidSpanException | DocumentNotFoundException e) {
                failures.add(new StatementImport.Failure(i + 1, e.getMessage()));
            }
        }
        return new StatementImport(restored, present, failures);
    }

    private boolean alreadyThere(long documentId, Incoming s) {
        // Editors and admins, who alone restore, see every statement.
        List<StatementView> existing = annotations.listForDocument(documentId);
        return existing.stream().anyMatch(e -> e.start() == s.start() && e.end() == s.end()
                && e.author().equals(s.reviewer()) && e.label() == s.details().label());
    }

    private static JsonNode selector(JsonNode annotation, String type) {
        for (JsonNode selector : annotation.path("target").path("selector")) {
            if (type.equals(selector.path("type").asText())) {
                return selector;
            }
        }
        throw new IllegalArgumentException("it has no " + type);
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
