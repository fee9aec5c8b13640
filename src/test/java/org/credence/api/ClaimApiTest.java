package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.credence.TestCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Claims and matches over the API, with what malformed requests get. */
class ClaimApiTest extends AbstractApiTest {

    long other;
    String marker;

    @BeforeEach
    void aSecondReport() {
        // Two made-up words shared by the pair only: the test context holds dozens of documents saying
        // "Up to 2,200 fighters, officials said.", and matches are ranked among all of them.
        String unique = UUID.randomUUID().toString();
        marker = "Zarbek" + unique.substring(0, 6) + " Qorvan" + unique.substring(9, 13);
        documentId = TestCorpus.importText(
                documents, "Up to 2,200 " + marker + " fighters remain in the valley, officials said.");
        other = TestCorpus.importText(
                documents, "A monitor counted between 500 and 1,200 " + marker + " fighters in the valley last month.");
    }

    private long statement(long document, int start, int end) throws Exception {
        String json = perform(post("/api/documents/{id}/statements", document)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":" + start + ",\"end\":" + end + ",\"label\":\"unconfirmed\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new ObjectMapper().readTree(json).get("id").asLong();
    }

    /** The suggestion in {@code document}: other tests' documents may rank too, the order among them is theirs. */
    private JsonNode matchIn(long statementId, long document) throws Exception {
        // The whole run's documents share one database on PostgreSQL: look beyond the first ten.
        JsonNode all = new ObjectMapper()
                .readTree(
                        perform(get("/api/statements/{id}/matches", statementId).param("limit", "50"))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString());
        for (JsonNode match : all) {
            if (match.get("documentId").asLong() == document) {
                return match;
            }
        }
        throw new AssertionError("No match in document " + document + ": " + all);
    }

    @Test
    void a_claim_is_created_with_a_statement_and_a_span_and_flags_its_conflicting_figures() throws Exception {
        long mine = statement(documentId, 0, 27);

        String body = """
                {"wording":"%s fighter numbers","members":[{"statementId":%d},
                 {"documentId":%d,"start":18,"end":%d,"exact":"between 500 and 1,200 %s fighters","presentation":"attributed"}]}""".formatted(
                        marker, mine, other, 18 + ("between 500 and 1,200 " + marker + " fighters").length(), marker);
        perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.wording").value(marker + " fighter numbers"))
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.members[1].presentation").value("attributed"))
                .andExpect(jsonPath("$.members[0].verdict").value("unconfirmed"))
                .andExpect(jsonPath("$.conflicting").value(true))
                .andExpect(jsonPath("$.conflicts[0].figureA.shown").value("≤ 2,200"))
                .andExpect(jsonPath("$.conflicts[0].figureB.shown").value("500–1,200"))
                .andExpect(jsonPath("$.status").value("unconfirmed"));
        perform(get("/api/claims"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].wording", hasItem(marker + " fighter numbers")));
        perform(get("/api/statements/{id}/claim", mine))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wording").value(marker + " fighter numbers"));
    }

    @Test
    void matches_are_ranked_and_same_claim_builds_the_claim() throws Exception {
        long mine = statement(documentId, 0, 27);

        JsonNode match = matchIn(mine, other);
        assertThat(match.get("exact").asText()).contains(marker);
        assertThat(match.get("score").asDouble()).isPositive();

        perform(post("/api/statements/{id}/matches", mine)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"documentId\":%d,\"start\":%d,\"end\":%d,\"same\":true}"
                                .formatted(
                                        other,
                                        match.get("start").asInt(),
                                        match.get("end").asInt())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(2));
        assertThat(matchIn(mine, other).get("state").asText()).isEqualTo("confirmed");
    }

    @Test
    void a_rejected_match_is_not_suggested_again() throws Exception {
        long mine = statement(documentId, 0, 27);
        JsonNode match = matchIn(mine, other);

        perform(post("/api/statements/{id}/matches", mine)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"documentId\":%d,\"start\":%d,\"end\":%d,\"same\":false}"
                                .formatted(
                                        other,
                                        match.get("start").asInt(),
                                        match.get("end").asInt())))
                .andExpect(status().isNoContent());

        perform(get("/api/statements/{id}/matches", mine))
                .andExpect(jsonPath("$[?(@.documentId == %d)]".formatted(other)).isEmpty());
    }

    @Test
    void editors_reword_and_decide_with_the_version_read() throws Exception {
        long mine = statement(documentId, 0, 27);
        JsonNode claim = new ObjectMapper()
                .readTree(perform(post("/api/claims")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"wording\":\"W\",\"members\":[{\"statementId\":" + mine + "}]}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        callAs("editor");

        perform(
                        put("/api/claims/{id}", claim.get("id").asLong())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"wording\":\"Reworded\",\"finalLabel\":\"disputed\",\"note\":\"UN differs\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wording").value("Reworded"))
                .andExpect(jsonPath("$.status").value("disputed"))
                .andExpect(jsonPath("$.finalBy").value("editor"));
        perform(put("/api/claims/{id}", claim.get("id").asLong())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wording\":\"Again\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("nothing was overwritten")));
    }

    @Test
    void malformed_claim_requests_are_400s_and_unknown_ones_404s() throws Exception {
        perform(post("/api/claims").contentType(MediaType.APPLICATION_JSON).content("{\"members\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'wording' must not be blank."));
        perform(post("/api/claims")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wording\":\"W\",\"members\":[{\"documentId\":" + documentId + "}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message")
                        .value("A member needs a 'statementId', or a 'documentId' with 'start' and 'end'."));
        perform(post("/api/claims")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wording\":\"W\",\"members\":[{\"documentId\":" + documentId
                                + ",\"start\":0,\"end\":5," + "\"exact\":\"Down \"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The text at 0–5 is “Up to”, not “Down ”."));
        perform(get("/api/claims/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Claim 987654321 does not exist."));
        perform(get("/api/statements/987654321/matches")).andExpect(status().isNotFound());
        perform(get("/api/statements/{id}/matches", statement(documentId, 0, 5)).param("limit", "0"))
                .andExpect(status().isBadRequest());
    }
}
