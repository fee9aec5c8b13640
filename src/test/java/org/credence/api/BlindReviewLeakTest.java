package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Blind review cannot leak: reviewer1 labels, comments, links a claim and gets a decision on a document
 * that reviewer2 has not finished; then every GET endpoint the application has (found from Spring's own
 * mappings, so a new endpoint is walked without anyone adding it here) is called as reviewer2 with every
 * id it could be given, and no answer may contain any of reviewer1's labels, rationales, tags,
 * attributions, evidence, comments or decisions.
 */
@AutoConfigureMockMvc
class BlindReviewLeakTest extends AbstractServiceTest {

    private static final String RATIONALE = "CANARY-RATIONALE-Q7";
    private static final String TAG = "canary-tag-q7";
    private static final String SOURCE = "CanaryAgency-Q7";
    private static final String EVIDENCE = "https://canary-q7.example/evidence";
    private static final String COMMENT = "CANARY-COMMENT-Q7";
    private static final String REASON = "CANARY-REASON-Q7";
    private static final String CHANGED_RATIONALE = "CANARY-CHANGED-Q7";
    /** reviewer1's label and the editor's gold label; reviewer2 never uses it. */
    private static final String HIDDEN_LABEL = "disputed";

    private static final List<String> CANARIES =
            List.of(RATIONALE, TAG, SOURCE, EVIDENCE, COMMENT, REASON, CHANGED_RATIONALE);

    private static final String TEXT = "Officials said up to 2,200 fighters remain in the province. Unconfirmed"
            + " reports say the Taliban executed the commander on Tuesday.";

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentService documents;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ObjectMapper json;

    long documentId;
    long otherDocumentId;
    long hiddenStatement;
    long changedStatement;
    long ownStatement;
    long claimId;
    long sourceId;

    @BeforeEach
    void reviewer1WorksOnADocumentReviewer2HasNotFinished() throws Exception {
        documentId = TestCorpus.importText(documents, TEXT);
        otherDocumentId = TestCorpus.importText(documents, "The Taliban executed the commander, officials said.");
        call(
                "editor",
                put("/api/review/settings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"blindMode\":true}"));
        for (String reviewer : List.of("reviewer1", "reviewer2")) {
            call(
                    "editor",
                    post("/api/documents/{id}/assignments", documentId)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reviewer\":\"" + reviewer + "\"}"));
        }
        hiddenStatement = id(call(
                "reviewer1",
                post("/api/documents/{id}/statements", documentId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"start":60,"end":130,"label":"disputed","presentation":"hedged","rationale":"%s",
                         "tags":["%s"],"attributionSource":"%s","attributionCue":"reports say","evidenceUrl":"%s",
                         "credibility":5}""".formatted(RATIONALE, TAG, SOURCE, EVIDENCE))));
        changedStatement = id(call(
                "reviewer1",
                post("/api/documents/{id}/statements", documentId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":0,\"end\":13,\"label\":\"disputed\"}")));
        call(
                "reviewer1",
                put("/api/statements/{id}", changedStatement)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"label\":\"disputed\",\"rationale\":\"" + CHANGED_RATIONALE + "\"}"));
        call(
                "reviewer1",
                post("/api/statements/{id}/comments", hiddenStatement)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"" + COMMENT + "\"}"));
        claimId = id(call(
                "reviewer1",
                post("/api/claims").contentType(MediaType.APPLICATION_JSON).content("""
                {"wording":"The Taliban executed the commander","members":[{"statementId":%d},
                 {"documentId":%d,"start":0,"end":34}]}""".formatted(
                                hiddenStatement, otherDocumentId))));
        call(
                "editor",
                post("/api/statements/{id}/decision", hiddenStatement)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"override\",\"label\":\"disputed\",\"reason\":\"" + REASON + "\"}"));
        ownStatement = id(call(
                "reviewer2",
                post("/api/documents/{id}/statements", documentId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":15,\"end\":35,\"label\":\"confirmed\"}")));
        sourceId = 1;
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.project.ProjectService projects;

    @Test
    void every_get_endpoint_answers_reviewer2_without_any_of_reviewer1s_work() throws Exception {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        ids.put("documentId", List.of(documentId));
        ids.put("statementId", List.of(hiddenStatement, changedStatement, ownStatement));
        ids.put("id", List.of(claimId, documentId));
        ids.put("sourceId", List.of(sourceId));
        ids.put("claimId", List.of(claimId));
        // Candidates show only what documents say (no labels, no authors: DiscoveryServiceTest); these ids
        // exist nowhere, so the walk checks that a missing run or candidate leaks nothing either.
        ids.put("candidates", List.of(987_654L));
        ids.put("runId", List.of(987_654L));
        ids.put("projectId", List.of(projects.defaultProjectId())); // the same walk inside the project

        List<String> walked = new ArrayList<>();
        for (String pattern : ApiGetWalk.patterns(mappings)) {
            for (String path : ApiGetWalk.expand(pattern, ids)) {
                for (String query : queriesFor(pattern)) {
                    MockHttpServletResponse response = mvc.perform(
                                    get(path + query).with(httpBasic("reviewer2", "demo")))
                            .andReturn()
                            .getResponse();
                    // A project's id names no one's work: /api/projects/{projectId}/... is as corpus-wide as /api/...
                    assertNoLeak(
                            path + query, !pattern.replace("{projectId}", "").contains("{"), response);
                    walked.add(path + query + " → " + response.getStatus());
                }
            }
        }
        assertThat(walked).as("every endpoint was called").hasSizeGreaterThan(20);
        assertThat(readmeGetPatterns())
                .as("every GET in the README is one the walk knows")
                .allSatisfy(readme -> assertThat(ApiGetWalk.patterns(mappings))
                        .filteredOn(p -> !p.endsWith("/**"))
                        .anySatisfy(p -> assertThat(matches(p, readme))
                                .as(readme + " ~ " + p)
                                .isTrue()));
    }

    @Test
    void reviewer1s_statement_is_not_found_for_reviewer2_by_every_method_and_no_message_names_reviewer1()
            throws Exception {
        MockHttpServletResponse read = mvc.perform(
                        get("/api/statements/{id}", hiddenStatement).with(httpBasic("reviewer2", "demo")))
                .andReturn()
                .getResponse();
        MockHttpServletResponse change = mvc.perform(put("/api/statements/{id}", hiddenStatement)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"label\":\"confirmed\"}")
                        .with(httpBasic("reviewer2", "demo")))
                .andReturn()
                .getResponse();
        MockHttpServletResponse stale = mvc.perform(put("/api/statements/{id}", changedStatement)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"label\":\"confirmed\"}")
                        .with(httpBasic("reviewer2", "demo")))
                .andReturn()
                .getResponse();
        MockHttpServletResponse remove = mvc.perform(
                        delete("/api/statements/{id}", hiddenStatement).with(httpBasic("reviewer2", "demo")))
                .andReturn()
                .getResponse();
        MockHttpServletResponse comment = mvc.perform(post("/api/statements/{id}/comments", hiddenStatement)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"hello?\"}")
                        .with(httpBasic("reviewer2", "demo")))
                .andReturn()
                .getResponse();

        for (MockHttpServletResponse response : List.of(read, change, stale, remove, comment)) {
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .contains("does not exist")
                    .doesNotContain("reviewer1");
        }
    }

    /** Not even where reviewer1 labelled: the claim shows reviewer2 only its other passage. */
    @Test
    void a_claim_shows_a_blind_reviewer_none_of_the_hidden_statements_it_holds() throws Exception {
        JsonNode claim = json.readTree(call("reviewer2", get("/api/claims/{id}", claimId)));
        assertThat(claim.get("members"))
                .extracting(m -> m.get("documentId").asLong())
                .containsExactly(otherDocumentId);
        MockHttpServletResponse claimOfHidden = mvc.perform(
                        get("/api/statements/{id}/claim", hiddenStatement).with(httpBasic("reviewer2", "demo")))
                .andReturn()
                .getResponse();
        assertThat(claimOfHidden.getStatus()).isEqualTo(404);
        assertThat(claimOfHidden.getContentAsString()).contains("Statement " + hiddenStatement + " does not exist.");

        JsonNode forEditor = json.readTree(call("editor", get("/api/claims/{id}", claimId)));
        assertThat(forEditor.get("members")).hasSize(2);
    }

    @Test
    void the_document_list_counts_only_reviewer2s_own_statements_until_reviewer2_is_done() throws Exception {
        assertThat(statementCount("reviewer2")).isEqualTo(1);
        assertThat(statementCount("editor")).isEqualTo(3);

        call("reviewer2", post("/api/documents/{id}/done", documentId));

        assertThat(statementCount("reviewer2")).isEqualTo(3);
        String afterDone = call("reviewer2", get("/api/statements/{id}", hiddenStatement));
        assertThat(afterDone).contains(RATIONALE);
    }

    private long statementCount(String user) throws Exception {
        JsonNode list = json.readTree(call(user, get("/api/documents?page=0&size=1000")));
        for (JsonNode document : list) {
            if (document.get("id").asLong() == documentId) {
                return document.get("statements").asLong();
            }
        }
        throw new AssertionError("document " + documentId + " not listed");
    }

    /**
     * @param corpusWide an endpoint about the whole corpus (no id in its path but a project's): on a shared database
     *     (the PostgreSQL run) it also lists other tests' work, which reviewer2 may see, so only the
     *     parts about this test's documents, statements and claim are searched for reviewer1's label
     */
    private void assertNoLeak(String request, boolean corpusWide, MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        for (String canary : CANARIES) {
            assertThat(body).as(request + " leaks " + canary).doesNotContainIgnoringCase(canary);
        }
        if (response.getStatus() >= 400) {
            assertThat(body).as(request + " names reviewer1 in an error").doesNotContain("reviewer1");
        }
        if (body.startsWith("{") || body.startsWith("[")) {
            List<String> values = new ArrayList<>();
            JsonNode tree = json.readTree(body);
            if (corpusWide) {
                collectOursOnly(tree, values);
            } else {
                collectValues(tree, values);
            }
            assertThat(values)
                    .as(request + " shows reviewer1's label")
                    .noneMatch(v -> v.equalsIgnoreCase(HIDDEN_LABEL));
        }
    }

    /** The values of the objects that are about this test's documents, statements or claim. */
    private void collectOursOnly(JsonNode node, List<String> values) {
        if (node.isObject() && isOurs(node)) {
            collectValues(node, values);
            return;
        }
        node.forEach(child -> collectOursOnly(child, values));
    }

    private boolean isOurs(JsonNode object) {
        Set<Long> documents = Set.of(documentId, otherDocumentId);
        Set<Long> statements = Set.of(hiddenStatement, changedStatement);
        for (String field : List.of("documentId", "document_id")) {
            if (object.hasNonNull(field) && documents.contains(object.get(field).asLong())) {
                return true;
            }
        }
        for (String field : List.of("statementId", "statement_id")) {
            if (object.hasNonNull(field)
                    && statements.contains(object.get(field).asLong())) {
                return true;
            }
        }
        return object.has("members") && object.path("id").asLong() == claimId;
    }

    private static void collectValues(JsonNode node, List<String> values) {
        if (node.isValueNode()) {
            values.add(node.asText());
        }
        node.forEach(child -> collectValues(child, values));
    }

    private static List<String> queriesFor(String pattern) {
        return switch (pattern) {
            case "/api/search" -> List.of("?q=commander", "?q=commander&label=disputed", "?q=Taliban&label=confirmed");
            case "/api/export" -> List.of("?format=jsonl", "?format=csv");
            default -> List.of("");
        };
    }

    /** The GET requests the README shows (curl lines without -X or with -X GET), as paths. */
    private static Set<String> readmeGetPatterns() throws Exception {
        Set<String> paths = new LinkedHashSet<>();
        Matcher curl = Pattern.compile("curl [^\\n]*?'?http://localhost:8080(/api/[^'\\s?]*)")
                .matcher(Files.readString(Path.of("README.md")));
        while (curl.find()) {
            String line = curl.group();
            if (!line.contains(" -X ") && !line.contains(" -F ") && !line.contains("--data")) {
                paths.add(curl.group(1));
            }
        }
        assertThat(paths).as("README GET examples").isNotEmpty();
        return paths;
    }

    private static boolean matches(String pattern, String path) {
        return path.toLowerCase(Locale.ROOT).matches(pattern.replaceAll("\\{\\w+}", "[0-9]+"));
    }

    private String call(String user, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String body) throws Exception {
        return json.readTree(body).get("id").asLong();
    }
}
