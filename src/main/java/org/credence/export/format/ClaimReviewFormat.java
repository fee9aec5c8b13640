package org.credence.export.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.credence.annotation.Label;
import org.credence.claim.ClaimMemberView;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportRecord;
import org.credence.review.ReviewState;
import org.springframework.stereotype.Component;

/**
 * schema.org ClaimReview JSON-LD, as fact-checkers publish it: one per claim (its wording reviewed,
 * every member's document an appearance, the first one marked) and one per approved statement that
 * belongs to no claim, with the status or gold label as the rating's alternateName and the deciding
 * editor as author. Nothing undecided is ever published as a review, whatever the filter says.
 */
@Component
public class ClaimReviewFormat implements ExportFormat {

    private final JsonFactory json = JsonFactory.builder().build();
    private final ClaimService claims;

    ClaimReviewFormat(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public String id() {
        return "claimreview";
    }

    @Override
    public String title() {
        return "ClaimReview (schema.org JSON-LD: claims and approved statements)";
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
            // Claims are reviewed once, after the statements, with the latest approval among their members.
            Map<Long, ExportRecord> latestApproval = new TreeMap<>();
            while (records.hasNext()) {
                ExportRecord r = records.next();
                if (r.claimId() != null) {
                    if (r.reviewState() == ReviewState.APPROVED) {
                        latestApproval.merge(
                                r.claimId(), r, (a, b) -> b.decidedAt().isAfter(a.decidedAt()) ? b : a);
                    } else {
                        latestApproval.putIfAbsent(r.claimId(), null);
                    }
                } else if (r.reviewState() == ReviewState.APPROVED) {
                    writeReview(g, r);
                }
            }
            for (Map.Entry<Long, ExportRecord> claim : latestApproval.entrySet()) {
                writeClaimReview(g, claims.get(claim.getKey()), claim.getValue());
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /** A claim is published when an editor made the final call or approved one of its members. */
    private static void writeClaimReview(JsonGenerator g, ClaimView claim, ExportRecord approval) throws IOException {
        if (claim.finalLabel() == null && approval == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("@context", "https://schema.org");
        g.writeStringField("@type", "ClaimReview");
        g.writeStringField("identifier", "urn:credence:claim:" + claim.id());
        g.writeStringField("claimReviewed", claim.wording());
        g.writeObjectFieldStart("reviewRating");
        g.writeStringField("@type", "Rating");
        g.writeStringField("alternateName", claim.status().title());
        g.writeEndObject();
        g.writeObjectFieldStart("itemReviewed");
        g.writeStringField("@type", "Claim");
        g.writeArrayFieldStart("appearance");
        java.util.Set<Long> written = new java.util.HashSet<>();
        for (ClaimMemberView member : claim.members()) {
            if (written.add(member.documentId())) {
                writeAppearance(g, member);
            }
        }
        g.writeEndArray();
        for (ClaimMemberView member : claim.members()) {
            if (member.firstAppearance()) {
                g.writeFieldName("firstAppearance");
                writeAppearance(g, member);
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("author");
        g.writeStringField("@type", "Person");
        g.writeStringField("name", claim.finalBy() != null ? claim.finalBy() : approval.decidedBy());
        g.writeEndObject();
        java.time.Instant when = claim.finalAt() != null ? claim.finalAt() : approval.decidedAt();
        g.writeStringField("datePublished", when.toString().substring(0, 10));
        g.writeEndObject();
    }

    private static void writeAppearance(JsonGenerator g, ClaimMemberView member) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "CreativeWork");
        g.writeStringField("name", member.documentTitle());
        g.writeStringField("identifier", "urn:credence:document:" + member.documentId());
        if (member.published() != null) {
            g.writeStringField("datePublished", member.published().toString());
        }
        if (member.source() != null) {
            g.writeObjectFieldStart("publisher");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", member.source());
            g.writeEndObject();
        }
        g.writeEndObject();
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
