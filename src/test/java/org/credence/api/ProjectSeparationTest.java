package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Projects keep investigations apart (issue #16). reviewer2 works in a project the others do not belong
 * to: imports a document, labels it, comments, links a claim. Then every GET endpoint the application
 * has (found from Spring's mappings, so a new one is walked without anyone adding it here) is called
 * by each non-member role with every id of that work: what addresses it answers 404, and no answer
 * anywhere — lists, search, counts, exports, agreement — contains any of it.
 */
@AutoConfigureMockMvc
class ProjectSeparationTest extends AbstractServiceTest {

    private static final String SECRET_TEXT = "CANARY-PROJECT-TEXT: the quarry dam failed at dawn, officials said.";
    private static final String RATIONALE = "CANARY-PROJECT-RATIONALE";
    private static final String COMMENT = "CANARY-PROJECT-COMMENT";
    private static final String CLAIM = "CANARY-PROJECT-CLAIM";
    private static final List<String> CANARIES = List.of("CANARY-PROJECT");
    private static final List<String> NON_MEMBERS = List.of("reviewer1", "editor", "researcher");

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentService documents;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    long projectId;
    long documentId;
    long statementId;
    long claimId;
    long defaultDocumentId;
    long candidateId;
    long runId;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void reviewer2WorksInAProjectOfTheirOwn() throws Exception {
        defaultDocumentId = TestCorpus.importText(documents, "Officials said the dam held.");
        projectId = id(call(
                "admin",
                post("/api/projects")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Quarry " + System.nanoTime() + "\",\"description\":\"d\"}")));
        call(
                "admin",
                put("/api/projects/{id}/members/{user}", projectId, "reviewer2")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"REVIEWER\",\"EDITOR\"]}"));
        JsonNode imported = json.readTree(call(
                "reviewer2",
                multipart("/api/projects/{id}/documents", projectId)
                        .file(new MockMultipartFile(
                                "file", "quarry.txt", "text/plain", SECRET_TEXT.getBytes(StandardCharsets.UTF_8)))));
        documentId = imported.get(0).get("documentId").asLong();
        statementId = id(call(
                "reviewer2",
                post("/api/documents/{id}/statements", documentId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":20,\"end\":45,\"label\":\"unconfirmed\",\"rationale\":\"" + RATIONALE
                                + "\"}")));
        call(
                "reviewer2",
                post("/api/statements/{id}/comments", statementId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"" + COMMENT + "\"}"));
        claimId = id(call(
                "reviewer2",
                post("/api/projects/{id}/claims", projectId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wording\":\"" + CLAIM + "\",\"members\":[{\"statementId\":" + statementId
                                + "}]}")));
        runId = id(call("reviewer2", post("/api/projects/{id}/claims/discover", projectId)));
        // A candidate as discovery stores it (discovery itself needs the embedding model, off in tests).
        candidateId = org.credence.discovery.CandidateRows.insert(
                jdbc,
                projectId,
                "CANARY-PROJECT-CANDIDATE",
                null,
                new org.credence.discovery.CandidateRows.Place(documentId, 0, "CANARY-PROJECT-TEXT:", "ASSERTED", null),
                new org.credence.discovery.CandidateRows.Place(
                        documentId, 21, "the quarry dam failed", "ASSERTED", null));
    }

    @Test
    void the_member_finds_the_work_in_the_project_and_nowhere_else() throws Exception {
        assertThat(body("reviewer2", get("/api/projects/{id}/documents", projectId)))
                .contains("\"id\":" + documentId + ",");
        assertThat(body("reviewer2", get("/api/projects/{id}/claims", projectId)))
                .contains(CLAIM);
        assertThat(body("reviewer2", get("/api/projects/{id}/search?q=quarry", projectId)))
                .contains("CANARY-PROJECT-TEXT");
        // The same words searched in Default find nothing of it.
        assertThat(body("reviewer2", get("/api/search?q=quarry"))).doesNotContain("CANARY");
        assertThat(body("reviewer2", get("/api/documents/{id}", documentId))).contains("CANARY-PROJECT-TEXT");
    }

    @Test
    void the_same_bytes_in_two_projects_are_two_documents_with_their_own_provenance() throws Exception {
        JsonNode again = json.readTree(call(
                "reviewer2",
                multipart("/api/documents")
                        .file(new MockMultipartFile(
                                "file", "quarry.txt", "text/plain", SECRET_TEXT.getBytes(StandardCharsets.UTF_8)))));
        assertThat(again.get(0).get("status").asText()).isEqualTo("CREATED");
        assertThat(again.get(0).get("documentId").asLong()).isNotEqualTo(documentId);
    }

    @Test
    void a_project_role_is_a_role_there_only() throws Exception {
        // reviewer2 is an editor in the project, a reviewer only in Default.
        assertThat(status("reviewer2", get("/api/projects/{id}/review/queue", projectId)))
                .isEqualTo(200);
        assertThat(status("reviewer2", get("/api/review/queue"))).isEqualTo(403);
        assertThat(status("editor", get("/api/review/queue"))).isEqualTo(200);
        assertThat(status("editor", get("/api/projects/{id}/review/queue", projectId)))
                .isEqualTo(404);
    }

    @Test
    void the_unscoped_paths_act_in_default_and_say_they_are_deprecated() throws Exception {
        MockHttpServletResponse list = mvc.perform(get("/api/documents").with(httpBasic("reviewer1", "demo")))
                .andReturn()
                .getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getHeader("Deprecation")).isEqualTo("true");
        assertThat(list.getHeader("Link")).matches("</api/projects/\\d+/documents>; rel=\"successor-version\"");
        assertThat(list.getContentAsString()).doesNotContain("CANARY");
    }

    @Test
    void every_get_endpoint_answers_non_members_without_any_of_the_projects_work() throws Exception {
        Map<String, List<Long>> ids = ids();
        List<String> walked = new ArrayList<>();
        for (String person : NON_MEMBERS) {
            for (String pattern : ApiGetWalk.patterns(mappings)) {
                if (pattern.endsWith("/**")) {
                    continue;
                }
                for (String path : ApiGetWalk.expand(pattern, ids)) {
                    String query = pattern.endsWith("/search")
                            ? "?q=quarry"
                            : pattern.endsWith("/export") ? "?format=jsonl" : "";
                    MockHttpServletResponse response = mvc.perform(
                                    get(path + query).with(httpBasic(person, "demo")))
                            .andReturn()
                            .getResponse();
                    String body = response.getContentAsString(StandardCharsets.UTF_8);
                    assertThat(body).as(person + " GET " + path + query).doesNotContain(CANARIES);
                    assertThat(body).as(person + " GET " + path + query).doesNotContain(RATIONALE, COMMENT, CLAIM);
                    if (addressesTheProjectsWork(pattern)) {
                        assertThat(response.getStatus())
                                .as(person + " GET " + path + " (" + body + ")")
                                .isEqualTo(404);
                        assertThat(body).contains("does not exist");
                    }
                    walked.add(person + " " + path + " → " + response.getStatus());
                }
            }
        }
        assertThat(walked).hasSizeGreaterThan(60);
        // Writing to the project's work is refused alike.
        for (String person : NON_MEMBERS) {
            assertThat(status(
                            person,
                            post("/api/documents/{id}/statements", documentId)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"start\":0,\"end\":6,\"label\":\"confirmed\"}")))
                    .isEqualTo(404);
            assertThat(status(
                            person,
                            multipart("/api/projects/{id}/documents", projectId)
                                    .file(new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes()))))
                    .isEqualTo(404);
        }
    }

    @Test
    void every_write_endpoint_that_names_the_projects_work_answers_non_members_404_and_changes_nothing()
            throws Exception {
        Map<String, List<Long>> ids = ids();
        List<String> walked = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : entry.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET) {
                    continue;
                }
                for (String pattern : entry.getPatternValues()) {
                    if (!pattern.startsWith("/api/") || !pattern.contains("{") || pattern.contains("/sources/")) {
                        continue; // sources are shared by every project
                    }
                    for (String path : ApiGetWalk.expand(pattern.replace("{username}", "reviewer1"), ids)) {
                        for (String person : NON_MEMBERS) {
                            MockHttpServletResponse response = mvc.perform(
                                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                                                            org.springframework.http.HttpMethod.valueOf(method.name()),
                                                            path)
                                                    .contentType(MediaType.APPLICATION_JSON)
                                                    .content("{}")
                                                    .with(httpBasic(person, "demo")))
                                    .andReturn()
                                    .getResponse();
                            assertThat(response.getStatus())
                                    .as(person + " " + method + " " + path + " " + response.getContentAsString())
                                    .isEqualTo(404);
                            walked.add(person + " " + method + " " + path);
                        }
                    }
                }
            }
        }
        assertThat(walked).hasSizeGreaterThan(30);
        assertThat(body("reviewer2", get("/api/statements/{id}", statementId))).contains(RATIONALE);
        assertThat(body("reviewer2", get("/api/claims/{id}", claimId))).contains(CLAIM);
    }

    /** What the walks put in each path variable: the project's own items. */
    private Map<String, List<Long>> ids() {
        return Map.ofEntries(
                Map.entry("documentId", List.of(documentId)),
                Map.entry("statementId", List.of(statementId)),
                Map.entry("documents", List.of(documentId)), // {id} is the item of the collection before it
                Map.entry("claims", List.of(claimId)),
                Map.entry("projects", List.of(projectId)),
                Map.entry("claimId", List.of(claimId)),
                Map.entry("projectId", List.of(projectId)),
                Map.entry("sourceId", List.of(1L)),
                Map.entry("memberId", List.of(1L)),
                Map.entry("candidates", List.of(candidateId)),
                Map.entry("runId", List.of(runId)),
                Map.entry("username", List.of()));
    }

    /** Paths that name the project or one of its items by id (not sources, which every project shares). */
    private static boolean addressesTheProjectsWork(String pattern) {
        return pattern.contains("{") && !pattern.contains("{sourceId}") && !pattern.endsWith("/**");
    }

    private String call(String person, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(httpBasic(person, "demo"))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isBetween(200, 299);
        return body;
    }

    private String body(String person, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(person, "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String person, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(person, "demo")))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long id(String body) throws Exception {
        return json.readTree(body).get("id").asLong();
    }
}
