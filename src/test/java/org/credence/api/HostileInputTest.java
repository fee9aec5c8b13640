package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.api.HostileFiles.Expect;
import org.credence.api.HostileFiles.HostileFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The hostile-input corpus: over a hundred corrupt, truncated, encrypted, mislabelled, empty, oversized,
 * bomb-shaped and script-laden files, malformed JSON, and out-of-range or reversed spans, each sent
 * through the HTTP API. Each gets the answer written next to it (refused with a clear reason, or kept
 * as plain text); none gets a 500, a stack trace in its message, or leaves half-written data.
 */
@TestPropertySource(properties = "credence.import.max-file-size=2MB")
class HostileInputTest extends AbstractApiTest {

    static final String NO_INTERNALS = "(?s).*(Exception|java\\.|org\\.apache|org\\.hibernate|\\tat ).*";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnnotationService annotations;

    final ObjectMapper json = new ObjectMapper();
    long statementId;
    long statementVersion;

    @BeforeEach
    void oneStatementToAimAt() {
        // reviewer1's own, as the requests are reviewer1's: another's would be hidden by blind review (404).
        signIn("reviewer1", org.credence.security.Role.REVIEWER);
        var statement = annotations.add(documentId, 0, 11, Label.UNCONFIRMED);
        statementId = statement.id();
        statementVersion = statement.version();
    }

    static List<HostileFile> files() {
        return HostileFiles.all();
    }

    @Test
    void the_corpus_holds_at_least_a_hundred_hostile_inputs() {
        assertThat(files().size() + requests().size()).isGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void a_hostile_file_is_refused_with_a_reason_or_kept_as_text_and_never_half_imported(HostileFile file)
            throws Exception {
        long documentsBefore = count("document");
        long originalsBefore = count("document_original");

        MvcResult result = perform(multipart("/api/documents")
                        .file(new MockMultipartFile(
                                "file", file.name(), MediaType.APPLICATION_OCTET_STREAM_VALUE, file.bytes())))
                .andReturn();

        assertThat(result.getResponse().getStatus()).as("answered, not crashed").isEqualTo(200);
        JsonNode outcomes = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(outcomes).isNotEmpty();
        List<Long> created = new ArrayList<>();
        for (JsonNode outcome : outcomes) {
            String status = outcome.get("status").asText();
            String message = outcome.get("message").asText("");
            if (file.expect() == Expect.REFUSED) {
                assertThat(status).as(message).isEqualTo("FAILED");
                assertThat(message).as("a reason for people").isNotBlank().doesNotMatch(NO_INTERNALS);
            } else {
                assertThat(status).as(message).isIn("CREATED", "DUPLICATE");
                if (status.equals("CREATED")) {
                    created.add(outcome.get("documentId").asLong());
                }
            }
        }
        assertThat(count("document")).as("only whole documents").isEqualTo(documentsBefore + created.size());
        assertThat(count("document_original"))
                .as("an original for each new document and no other")
                .isEqualTo(originalsBefore + created.size());
        for (long id : created) {
            assertThat(text(id)).as("kept as text").isNotBlank();
        }
        if (HostileFiles.MARKUP.containsKey(file.name()) && !created.isEmpty()) {
            String text = text(created.get(0));
            assertThat(text)
                    .as("markup is text: no tag in the stored text comes back as a live element")
                    .doesNotContain("<svg", "<iframe", "onclick=");
        }
    }

    /** A request with what it must get. {@code {doc}} and {@code {statement}} are filled in per run. */
    record HostileRequest(String name, HttpMethod method, String path, String body, int status) {
        @Override
        public String toString() {
            return name + " → " + status;
        }
    }

    static List<HostileRequest> requests() {
        String statements = "/api/documents/{doc}/statements";
        HttpMethod post = HttpMethod.POST;
        HttpMethod put = HttpMethod.PUT;
        return List.of(
                new HostileRequest("empty body", post, statements, "", 400),
                new HostileRequest("unclosed object", post, statements, "{", 400),
                new HostileRequest("an array", post, statements, "[]", 400),
                new HostileRequest("null", post, statements, "null", 400),
                new HostileRequest("not JSON", post, statements, "start=1&end=2", 400),
                new HostileRequest("cut off", post, statements, "{\"start\":1,\"end\":", 400),
                new HostileRequest(
                        "text for a number",
                        post,
                        statements,
                        "{\"start\":\"one\",\"end\":3,\"label\":\"confirmed\"}",
                        400),
                new HostileRequest(
                        "huge number", post, statements, "{\"start\":1e40,\"end\":3,\"label\":\"confirmed\"}", 400),
                new HostileRequest(
                        "fraction", post, statements, "{\"start\":1.5,\"end\":3,\"label\":\"confirmed\"}", 400),
                new HostileRequest(
                        "null start", post, statements, "{\"start\":null,\"end\":3,\"label\":\"confirmed\"}", 400),
                new HostileRequest("no label", post, statements, "{\"start\":0,\"end\":3}", 400),
                new HostileRequest(
                        "unknown label", post, statements, "{\"start\":0,\"end\":3,\"label\":\"maybe\"}", 400),
                new HostileRequest("label as number", post, statements, "{\"start\":0,\"end\":3,\"label\":2}", 400),
                new HostileRequest(
                        "unknown presentation",
                        post,
                        statements,
                        "{\"start\":0,\"end\":3,\"label\":\"confirmed\",\"presentation\":\"shouted\"}",
                        400),
                new HostileRequest(
                        "credibility 9",
                        post,
                        statements,
                        "{\"start\":0,\"end\":3,\"label\":\"confirmed\",\"credibility\":9}",
                        400),
                new HostileRequest(
                        "evidence javascript: URL",
                        post,
                        statements,
                        "{\"start\":0,\"end\":3,\"label\":\"confirmed\",\"evidenceUrl\":\"javascript:alert(1)\"}",
                        400),
                new HostileRequest(
                        "reversed span", post, statements, "{\"start\":10,\"end\":5,\"label\":\"confirmed\"}", 400),
                new HostileRequest(
                        "empty span", post, statements, "{\"start\":5,\"end\":5,\"label\":\"confirmed\"}", 400),
                new HostileRequest(
                        "negative start", post, statements, "{\"start\":-1,\"end\":4,\"label\":\"confirmed\"}", 400),
                new HostileRequest(
                        "end past the text",
                        post,
                        statements,
                        "{\"start\":0,\"end\":1000,\"label\":\"confirmed\"}",
                        400),
                new HostileRequest(
                        "start past the text",
                        post,
                        statements,
                        "{\"start\":500,\"end\":510,\"label\":\"confirmed\"}",
                        400),
                new HostileRequest(
                        "largest int",
                        post,
                        statements,
                        "{\"start\":2147483646,\"end\":2147483647,\"label\":\"confirmed\"}",
                        400),
                new HostileRequest(
                        "exact that is not there",
                        post,
                        statements,
                        "{\"start\":0,\"end\":5,\"label\":\"confirmed\",\"exact\":\"Hello\"}",
                        400),
                new HostileRequest(
                        "no such document",
                        post,
                        "/api/documents/999999/statements",
                        "{\"start\":0,\"end\":5,\"label\":\"confirmed\"}",
                        404),
                new HostileRequest(
                        "document id not a number",
                        post,
                        "/api/documents/abc/statements",
                        "{\"start\":0,\"end\":5,\"label\":\"confirmed\"}",
                        400),
                new HostileRequest(
                        "script in rationale: kept as text",
                        post,
                        statements,
                        "{\"start\":0,\"end\":5,\"label\":\"confirmed\",\"rationale\":\"<script>alert(1)</script>\","
                                + "\"attributionSource\":\"<img src=x onerror=alert(2)>\"}",
                        201),
                new HostileRequest("XML body", post, statements, "<statement start=\"0\"/>", 415),
                new HostileRequest(
                        "change without version", put, "/api/statements/{statement}", "{\"label\":\"disputed\"}", 400),
                new HostileRequest(
                        "change with a stale version",
                        put,
                        "/api/statements/{statement}",
                        "{\"version\":{stale},\"label\":\"disputed\"}",
                        409),
                // Missing is 404, as a statement blind review hides is: a reviewer cannot probe ids for others' work.
                new HostileRequest(
                        "change of a missing statement",
                        put,
                        "/api/statements/999999",
                        "{\"version\":0,\"label\":\"disputed\"}",
                        404),
                new HostileRequest(
                        "delete a missing statement", HttpMethod.DELETE, "/api/statements/999999", null, 404),
                new HostileRequest(
                        "provenance with a javascript: URL",
                        put,
                        "/api/documents/{doc}/provenance",
                        "{\"title\":\"T\",\"url\":\"javascript:alert(1)\",\"expectedVersion\":0}",
                        400),
                new HostileRequest(
                        "provenance with a blank title",
                        put,
                        "/api/documents/{doc}/provenance",
                        "{\"title\":\" \",\"expectedVersion\":0}",
                        400),
                new HostileRequest("claim without wording", post, "/api/claims", "{\"wording\":\"\"}", 400),
                new HostileRequest(
                        "claim member past the text",
                        post,
                        "/api/claims",
                        "{\"wording\":\"W\",\"members\":[{\"documentId\":{doc},\"start\":0,\"end\":9999}]}",
                        400),
                new HostileRequest("unparsable search", HttpMethod.GET, "/api/search?q=%22unclosed+AND+(", null, 200),
                new HostileRequest("unknown export format", HttpMethod.GET, "/api/export?format=xml", null, 400),
                new HostileRequest(
                        "page times size past the largest offset",
                        HttpMethod.GET,
                        "/api/documents?page=2200000&size=1000",
                        null,
                        400),
                new HostileRequest("a page of no claims", HttpMethod.GET, "/api/claims?size=0", null, 400),
                new HostileRequest("a project without a name", post, "/api/projects", "{\"description\":\"x\"}", 400),
                new HostileRequest(
                        "a role no project gives",
                        post,
                        "/api/projects/1/members",
                        "{\"username\":\"reviewer2\",\"roles\":[\"OWNER\"]}",
                        400),
                new HostileRequest(
                        "guidelines without the revision read",
                        put,
                        "/api/projects/1/guidelines",
                        "{\"body\":\"# x\"}",
                        400),
                new HostileRequest(
                        "a page before the first of the review queue",
                        HttpMethod.GET,
                        "/api/review/queue?page=-1",
                        null,
                        400),
                new HostileRequest(
                        "NUL in a rationale",
                        post,
                        statements,
                        "{\"start\":0,\"end\":5,\"label\":\"confirmed\",\"rationale\":\"a\\u0000b\"}",
                        400),
                new HostileRequest(
                        "lone surrogate in an attribution",
                        post,
                        statements,
                        "{\"start\":0,\"end\":5,\"label\":\"confirmed\",\"attributionSource\":\"x\\ud83dy\"}",
                        400),
                new HostileRequest(
                        "NUL in a comment",
                        post,
                        "/api/statements/{statement}/comments",
                        "{\"body\":\"hi\\u0000\"}",
                        400),
                new HostileRequest(
                        "a 100,000-character title",
                        put,
                        "/api/documents/{doc}/provenance",
                        "{\"title\":\"" + "t".repeat(100_000) + "\",\"expectedVersion\":0}",
                        400),
                new HostileRequest(
                        "evidence statement -1",
                        post,
                        statements,
                        "{\"start\":0,\"end\":5,\"label\":\"confirmed\",\"evidenceStatementId\":-1}",
                        400),
                new HostileRequest(
                        "evidence statement that does not exist",
                        post,
                        statements,
                        "{\"start\":0,\"end\":5,\"label\":\"confirmed\",\"evidenceStatementId\":999999}",
                        400),
                new HostileRequest(
                        "cue dismissal outside the document",
                        post,
                        "/api/documents/{doc}/cues/dismissals",
                        "{\"start\":0,\"end\":99999}",
                        400),
                new HostileRequest(
                        "match decision outside the document",
                        post,
                        "/api/statements/{statement}/matches",
                        "{\"documentId\":{doc},\"start\":0,\"end\":99999,\"same\":false}",
                        400),
                new HostileRequest(
                        "editor: assignment to a reviewer who does not exist",
                        post,
                        "/api/documents/{doc}/assignments",
                        "{\"reviewer\":\"ghost\"}",
                        400),
                new HostileRequest(
                        "editor: w3c restore of a body that is not JSON",
                        post,
                        "/api/statements/import?format=w3c",
                        "this is not JSON",
                        400),
                new HostileRequest(
                        "editor: w3c restore of JSON that is not an export",
                        post,
                        "/api/statements/import?format=w3c",
                        "{\"hello\":1}",
                        400),
                new HostileRequest("editor: restore without a format", post, "/api/statements/import", "{}", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void a_hostile_request_gets_its_status_and_a_clear_message_and_writes_nothing_it_refused(HostileRequest hostile)
            throws Exception {
        long statementsBefore = count("statement");
        long claimsBefore = count("claim");
        if (hostile.path().equals("/api/export?format=xml")) {
            callAs("researcher");
        }
        if (hostile.name().startsWith("editor: ")) {
            callAs("editor");
        }
        var request = request(
                hostile.method(),
                hostile.path()
                        .replace("{doc}", Long.toString(documentId))
                        .replace("{statement}", Long.toString(statementId)));
        if (hostile.body() != null) {
            String body = hostile.body()
                    .replace("{doc}", Long.toString(documentId))
                    .replace("{stale}", Long.toString(statementVersion - 1));
            request.content(body)
                    .contentType(body.startsWith("<") ? MediaType.APPLICATION_XML : MediaType.APPLICATION_JSON);
        }

        MvcResult result = perform(request).andReturn();

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(hostile.status());
        if (hostile.status() >= 400) {
            assertThat(json.readTree(body).get("message").asText())
                    .as("a reason for people")
                    .isNotBlank()
                    .doesNotMatch(NO_INTERNALS);
            assertThat(count("statement")).as("nothing written").isEqualTo(statementsBefore);
            assertThat(count("claim")).isEqualTo(claimsBefore);
        }
        if (hostile.status() == 201) {
            JsonNode saved = json.readTree(body);
            assertThat(saved.get("rationale").asText()).isEqualTo("<script>alert(1)</script>");
            assertThat(count("statement")).isEqualTo(statementsBefore + 1);
        }
    }

    /** Read directly: a MockMvc request clears the test thread's sign-in when it ends. */
    private String text(long documentId) {
        return jdbc.queryForObject("select text from document where id = ?", String.class, documentId);
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }
}
