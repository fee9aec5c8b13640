package org.credence.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.credence.TestCorpus;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Statement details over the API: anchoring checks, validation and optimistic locking. */
class StatementDetailsApiTest extends AbstractApiTest {

    @Test
    void a_statement_is_posted_with_its_details_and_changed_with_its_version() throws Exception {
        String created = postStatement("""
                {"start": 0, "end": 20, "label": "unconfirmed", "exact": "Up to 2,200 fighters",
                 "presentation": "attributed", "attributionSource": "officials", "attributionCue": "said",
                 "tags": ["Numbers"], "rationale": "Only one source."}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.presentation").value("attributed"))
                .andExpect(jsonPath("$.tags[0]").value("numbers"))
                .andExpect(jsonPath("$.prefix").value(""))
                .andExpect(jsonPath("$.suffix", startsWith(", officials said.\n\nTest run ")))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        perform(
                        put(created)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"version\": 0, \"label\": \"disputed\", \"rationale\": \"Contradicted by the UN.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("disputed"))
                .andExpect(jsonPath("$.presentation").doesNotExist())
                .andExpect(jsonPath("$.modifiedBy").value("reviewer1"))
                .andExpect(jsonPath("$.version").value(1));

        perform(put(created)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"label\": \"confirmed\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("nothing was overwritten")));
        perform(get(created)).andExpect(jsonPath("$.label").value("disputed"));
    }

    @Test
    void a_post_whose_exact_quote_does_not_match_is_a_400() throws Exception {
        postStatement("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\", \"exact\": \"Down \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("is “Up to”, not “Down ”")));
    }

    @Test
    void invalid_details_are_a_400_naming_the_problem() throws Exception {
        postStatement("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\", \"evidenceUrl\": \"ftp://x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.message").value("The evidence URL must be an http or https address: 'ftp://x'."));
        postStatement("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\", \"presentation\": \"rumour\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("Unknown presentation 'rumour'")));
    }

    @Test
    void a_put_without_a_version_is_a_400() throws Exception {
        String created = postStatement("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\"}")
                .andReturn()
                .getResponse()
                .getHeader("Location");

        perform(put(created).contentType(MediaType.APPLICATION_JSON).content("{\"label\": \"disputed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'version' must not be null."));
    }

    @Test
    void offsets_are_unicode_code_points_so_emoji_count_once() throws Exception {
        long emoji = TestCorpus.importText(documents, "Crowd 🙂🙂 gathered at the gate.");

        perform(post("/api/documents/{id}/statements", emoji)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": 9, \"end\": 17, \"label\": \"confirmed\", \"exact\": \"gathered\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.exact").value("gathered"))
                .andExpect(jsonPath("$.prefix").value("Crowd 🙂🙂 "));
    }
}
