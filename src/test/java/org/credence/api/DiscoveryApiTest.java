package org.credence.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.UUID;
import org.credence.project.ProjectService;
import org.credence.security.Role;
import org.credence.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/claims/discover and /api/claims/candidates: 202 with the run to follow, candidates a page at a
 * time, accept 201 then 409, malformed bodies 400, and 404 to anyone outside the project.
 */
class DiscoveryApiTest extends AbstractApiTest {

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_run_is_started_and_followed_candidates_are_accepted_once_and_outsiders_get_404() throws Exception {
        long project = SystemTask.runAs("test", () -> {
            long id = projects.create("Discovery API " + UUID.randomUUID(), null, null)
                    .id();
            projects.setMember(id, "editor", Set.of(Role.EDITOR));
            projects.setMember(id, "reviewer2", Set.of(Role.REVIEWER));
            return id;
        });
        callAs("editor");
        perform(post("/api/projects/{id}/claims/discover", project))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/claims/discover/")))
                .andExpect(jsonPath("$.startedBy").value("editor"));
        long candidate = candidateIn(project);

        perform(get("/api/projects/{id}/claims/candidates", project))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].members.length()").value(2))
                .andExpect(jsonPath("$.items[0].members[0].label").doesNotExist());
        perform(post("/api/claims/candidates/{id}/merge", candidate)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        perform(post("/api/claims/candidates/{id}/split", candidate)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"members\": \"all\"}"))
                .andExpect(status().isBadRequest());
        perform(delete("/api/claims/candidates/{id}/members/{member}", candidate, 987_654))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Candidate " + candidate + " has no member 987654."));

        callAs("reviewer1"); // not in the project
        perform(get("/api/claims/candidates/{id}", candidate))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Candidate " + candidate + " does not exist."));
        perform(post("/api/claims/candidates/{id}/accept", candidate)).andExpect(status().isNotFound());
        perform(get("/api/projects/{id}/claims/candidates", project)).andExpect(status().isNotFound());

        callAs("reviewer2");
        perform(post("/api/claims/candidates/{id}/accept", candidate))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/claims/")))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.claimId").isNumber());
        perform(post("/api/claims/candidates/{id}/accept", candidate))
                .andExpect(status().isConflict())
                .andExpect(
                        jsonPath("$.message").value("Candidate " + candidate + " was already accepted by reviewer2."));
        perform(post("/api/projects/{id}/claims/discover", project)).andExpect(status().isForbidden());
    }

    /** A candidate as a run stores it, on two documents imported into the project. */
    private long candidateIn(long project) throws Exception {
        long a = importInto(project, "a.txt", "Report A\nAt least 12 people were killed when the bridge collapsed.");
        long b = importInto(project, "b.txt", "Report B\nAs many as 20 are feared dead after the bridge fell.");
        return org.credence.discovery.CandidateRows.insert(
                jdbc,
                project,
                "At least 12 people were killed when the bridge collapsed.",
                null,
                new org.credence.discovery.CandidateRows.Place(
                        a, 9, "At least 12 people were killed when the bridge collapsed.", "ASSERTED", null),
                new org.credence.discovery.CandidateRows.Place(
                        b, 9, "As many as 20 are feared dead after the bridge fell.", "ASSERTED", null));
    }

    private long importInto(long project, String name, String text) throws Exception {
        String answer = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/projects/{id}/documents", project)
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", name, "text/plain", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(answer).get(0).get("documentId").asLong();
    }
}
