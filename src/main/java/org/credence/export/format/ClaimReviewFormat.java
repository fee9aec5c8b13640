package org.credence.export.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.credence.annotation.Label;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportRecord;
import org.credence.review.ReviewState;
import org.springframework.stereotype.Component;

/**
 * schema.org ClaimReview JSON-LD, as fact-checkers publish it: one per approved statement, with the
 * gold label as the rating's alternateName, the document as the claim's appearance and the deciding
 * editor as author. Unapproved statements are never published as reviews, whatever the filter says.
 */
@Component
public class ClaimReviewFormat implements ExportFormat {

    private final JsonFactory json = JsonFactory.builder().build();

    @Override
    public String id() {
        return "claimreview";
    }

    @Override
    public String title() {
        return "ClaimReview (schema.org JSON-LD, approved statements)";
    }

    @Override
    public String fileName() {
        return "claimreview.jsonld";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public ExportOptions.Status defaultStatus() {
        return ExportOptions.Status.APPROVED;
    }

    @Override
    public void write(Iterator<ExportRecord> records, ExportOptions options, OutputStream out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            while (records.hasNext()) {
                ExportRecord r = records.next();
                if (r.reviewState() == ReviewState.APPROVED) {
                    writeReview(g, r);
                }
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    private static void writeReview(JsonGenerator g, ExportRecord r) throws IOException {
        Label gold = r.goldLabel();
        g.writeStartObject();
        g.writeStringField("@context", "https://schema.org");
        g.writeStringField("@type", "ClaimReview");
        g.writeStringField("identifier", "urn:credence:statement:" + r.statementId());
        g.writeStringField("claimReviewed", r.exact());
        g.writeObjectFieldStart("reviewRating");
        g.writeStringField("@type", "Rating");
        g.writeStringField("alternateName", gold.title());
        g.writeEndObject();
        g.writeObjectFieldStart("itemReviewed");
        g.writeStringField("@type", "Claim");
        g.writeObjectFieldStart("appearance");
        g.writeStringField("@type", "CreativeWork");
        g.writeStringField("name", r.title());
        g.writeStringField("identifier", "urn:sha256:" + r.documentSha256());
        if (r.published() != null) {
            g.writeStringField("datePublished", r.published().toString());
        }
        if (r.documentAuthor() != null) {
            g.writeObjectFieldStart("author");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", r.documentAuthor());
            g.writeEndObject();
        }
        g.writeEndObject();
        if (r.attributionSource() != null) {
            g.writeObjectFieldStart("author");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", r.attributionSource());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("author");
        g.writeStringField("@type", "Person");
        g.writeStringField("name", r.decidedBy());
        g.writeEndObject();
        g.writeStringField("datePublished", r.decidedAt().toString().substring(0, 10));
        g.writeEndObject();
    }
}
