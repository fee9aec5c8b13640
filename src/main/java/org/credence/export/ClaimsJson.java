package org.credence.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.credence.claim.ClaimMemberView;
import org.credence.claim.ClaimView;
import org.credence.claim.Figure;
import org.credence.claim.FigureConflict;

/** A claim with its members as one JSON object, fields in a fixed order (datasets' claims.jsonl). */
public final class ClaimsJson {

    private ClaimsJson() {}

    public static void write(JsonGenerator g, ClaimView c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("claim_id", c.id());
        g.writeStringField("wording", c.wording());
        g.writeStringField("status", c.status().code());
        g.writeStringField("derived_status", c.derivedStatus().code());
        g.writeStringField(
                "final_label", c.finalLabel() == null ? null : c.finalLabel().code());
        g.writeStringField("final_note", c.finalNote());
        g.writeBooleanField("conflicting", c.conflicting());
        g.writeArrayFieldStart("members");
        for (ClaimMemberView m : c.members()) {
            g.writeStartObject();
            g.writeNumberField("document_id", m.documentId());
            g.writeStringField("source", m.source());
            g.writeStringField(
                    "published", m.published() == null ? null : m.published().toString());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("exact", m.exact());
            g.writeStringField(
                    "presentation",
                    m.presentation() == null ? null : m.presentation().code());
            if (m.statementId() == null) {
                g.writeNullField("statement_id");
            } else {
                g.writeNumberField("statement_id", m.statementId());
            }
            g.writeStringField(
                    "verdict", m.verdict() == null ? null : m.verdict().code());
            g.writeStringField("verdict_state", m.verdictState());
            g.writeStringField("admiralty", m.admiralty());
            g.writeBooleanField("first_appearance", m.firstAppearance());
            g.writeArrayFieldStart("figures");
            for (Figure f : m.figures()) {
                g.writeString(f.describe());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conflicts");
        for (FigureConflict conflict : c.conflicts()) {
            g.writeString(conflict.describe());
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
