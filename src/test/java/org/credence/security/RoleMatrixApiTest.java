package org.credence.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.Function;
import java.util.stream.Stream;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every API endpoint against every demo role (and no sign-in at all): who gets through, who gets
 * 401 or 403 — each with a JSON message.
 */
@AutoConfigureMockMvc
class RoleMatrixApiTest extends AbstractServiceTest {

    static final String[] USERS = {"reviewer1", "reviewer2", "editor", "researcher", "admin"};

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    org.credence.review.AssignmentService assignments;

    /** One endpoint: how to call it on a fresh document and statement, and who may. */
    record Endpoint(
            String name,
            Function<Fixture, MockHttpServletRequestBuilder> request,
            int allowedStatus,
            String... allowed) {}

    record Fixture(long documentId, long statementId) {}

    static Stream<Arguments> matrix() {
        Endpoint[] endpoints = {
            new Endpoint("list documents", f -> get("/api/documents"), 200, USERS),
            new Endpoint(
                    "import files",
                    f -> multipart("/api/documents")
                            .file(new MockMultipartFile(
                                    "file", "m.txt", "text/plain", ("matrix " + System.nanoTime()).getBytes())),
                    200,
                    "reviewer1",
                    "reviewer2",
                    "editor",
                    "admin"),
            new Endpoint("read a document", f -> get("/api/documents/" + f.documentId()), 200, USERS),
            new Endpoint(
                    "download a document's original",
                    f -> get("/api/documents/" + f.documentId() + "/original"),
                    200,
                    USERS),
            new Endpoint(
                    "correct a document's provenance",
                    f -> put("/api/documents/" + f.documentId() + "/provenance")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"Corrected\",\"expectedVersion\":0}"),
                    200,
                    "reviewer1",
                    "reviewer2",
                    "editor",
                    "admin"),
            new Endpoint("list statements", f -> get("/api/documents/" + f.documentId() + "/statements"), 200, USERS),
            new Endpoint("read a statement", f -> get("/api/statements/" + f.statementId()), 200, USERS),
            new Endpoint(
                    "create a statement",
                    f -> post("/api/documents/" + f.documentId() + "/statements")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"start\":0,\"end\":5,\"label\":\"confirmed\"}"),
                    201,
                    "reviewer1",
                    "reviewer2"),
            new Endpoint(
                    "change own statement",
                    f -> put("/api/statements/" + f.statementId())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":0,\"label\":\"disputed\"}"),
                    200,
                    "reviewer1"),
            new Endpoint("delete own statement", f -> delete("/api/statements/" + f.statementId()), 204, "reviewer1"),
            new Endpoint(
                    "decide a statement",
                    f -> post("/api/statements/" + f.statementId() + "/decision")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"approve\"}"),
                    200,
                    "editor"),
            new Endpoint("read the review queue", f -> get("/api/review/queue"), 200, "editor"),
            new Endpoint("read a decision", f -> get("/api/statements/" + f.statementId() + "/decision"), 200, USERS),
            new Endpoint(
                    "read a statement's history",
                    f -> get("/api/statements/" + f.statementId() + "/history"),
                    200,
                    USERS),
            new Endpoint(
                    "read a document's history", f -> get("/api/documents/" + f.documentId() + "/history"), 200, USERS),
            new Endpoint(
                    "assign a document",
                    f -> post("/api/documents/" + f.documentId() + "/assignments")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reviewer\":\"reviewer2\"}"),
                    200,
                    "editor"),
            new Endpoint("read my queue", f -> get("/api/my/queue"), 200, "reviewer1", "reviewer2"),
            new Endpoint(
                    "assign automatically",
                    f -> post("/api/assignments/auto")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reviewers\":[\"reviewer1\"],\"perDocument\":1}"),
                    200,
                    "editor"),
            new Endpoint(
                    "mark an assigned document done",
                    f -> post("/api/documents/" + f.documentId() + "/done"),
                    204,
                    "reviewer1",
                    "reviewer2"),
            new Endpoint(
                    "switch blind mode",
                    f -> put("/api/review/settings")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"blindMode\":true}"),
                    200,
                    "editor",
                    "admin"),
            new Endpoint(
                    "comment on a document",
                    f -> post("/api/documents/" + f.documentId() + "/comments")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"body\":\"Source?\"}"),
                    201,
                    USERS),
            new Endpoint(
                    "read a document's comments",
                    f -> get("/api/documents/" + f.documentId() + "/comments"),
                    200,
                    USERS),
            new Endpoint(
                    "comment on a statement",
                    f -> post("/api/statements/" + f.statementId() + "/comments")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"body\":\"Why?\"}"),
                    201,
                    USERS),
            new Endpoint(
                    "read a statement's comments",
                    f -> get("/api/statements/" + f.statementId() + "/comments"),
                    200,
                    USERS),
            new Endpoint(
                    "import statements",
                    f -> post("/api/statements/import?format=jsonl")
                            .contentType(MediaType.APPLICATION_OCTET_STREAM)
                            .content(new byte[0]),
                    200,
                    "editor",
                    "admin"),
            new Endpoint("read agreement", f -> get("/api/agreement"), 200, "editor", "researcher", "admin"),
            new Endpoint(
                    "read a document's disagreements",
                    f -> get("/api/agreement/documents/" + f.documentId() + "/disagreements"),
                    200,
                    "editor",
                    "researcher",
                    "admin"),
            new Endpoint("list claims", f -> get("/api/claims"), 200, USERS),
            new Endpoint("search", f -> get("/api/search?q=fighters"), 200, USERS),
            new Endpoint("list sources", f -> get("/api/sources"), 200, USERS),
            new Endpoint("read a document's cues", f -> get("/api/documents/" + f.documentId() + "/cues"), 200, USERS),
            new Endpoint(
                    "dismiss a cue",
                    f -> post("/api/documents/" + f.documentId() + "/cues/dismissals")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"start\":0,\"end\":5}"),
                    204,
                    "reviewer1",
                    "reviewer2"),
            new Endpoint(
                    "create a claim",
                    f -> post("/api/claims")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"wording\":\"W\",\"members\":[{\"statementId\":" + f.statementId() + "}]}"),
                    201,
                    "reviewer1",
                    "reviewer2",
                    "editor"),
            new Endpoint(
                    "read a statement's matches",
                    f -> get("/api/statements/" + f.statementId() + "/matches"),
                    200,
                    USERS),
            new Endpoint(
                    "reject a match",
                    f -> post("/api/statements/" + f.statementId() + "/matches")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"documentId\":" + f.documentId() + ",\"start\":0,\"end\":5,\"same\":false}"),
                    204,
                    "reviewer1",
                    "reviewer2",
                    "editor"),
            new Endpoint(
                    "stream an export", f -> get("/api/export?format=jsonl"), 200, "editor", "researcher", "admin"),
            new Endpoint(
                    "write an export", f -> post("/api/exports?format=jsonl"), 201, "editor", "researcher", "admin"),
        };
        return Stream.of(endpoints).flatMap(e -> Stream.of(USERS).map(u -> Arguments.of(e.name(), e, u)));
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("matrix")
    void each_role_gets_exactly_what_it_may(String name, Endpoint endpoint, String user) throws Exception {
        Fixture fixture = fixture();
        boolean allowed = Stream.of(endpoint.allowed()).anyMatch(user::equals);

        var result = mvc.perform(endpoint.request().apply(fixture).with(httpBasic(user, "demo")));

        if (allowed) {
            result.andExpect(status().is(endpoint.allowedStatus()));
        } else {
            result.andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").isString());
        }
    }

    @ParameterizedTest(name = "{0} without signing in")
    @MethodSource("matrix")
    void nobody_gets_in_without_signing_in(String name, Endpoint endpoint, String ignored) throws Exception {
        mvc.perform(endpoint.request().apply(fixture()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.message")
                        .value("Sign in: send your username and password with HTTP Basic (curl -u user:password)."));
    }

    @Test
    void a_wrong_password_is_a_401() throws Exception {
        mvc.perform(get("/api/documents").with(httpBasic("reviewer1", "wrong"))).andExpect(status().isUnauthorized());
    }

    /** A document with one statement by reviewer1 (version 0). */
    private Fixture fixture() {
        signIn("demo", Role.values());
        long documentId = TestCorpus.importText(documents, "Matrix document text.");
        signIn("reviewer1", Role.REVIEWER);
        StatementView statement = annotations.add(documentId, 0, 6, Label.UNCONFIRMED);
        signIn("editor", Role.EDITOR);
        assignments.assign(documentId, "reviewer1");
        assignments.assign(documentId, "reviewer2");
        // reviewer2 has finished, so blind review (BlindReviewLeakTest) does not hide reviewer1's statement:
        // this matrix is about roles.
        signIn("reviewer2", Role.REVIEWER);
        assignments.markDone(documentId);
        // MockMvc runs on this thread: leave no sign-in behind, as a real request thread has none.
        org.credence.TestSecurity.signOut(context);
        return new Fixture(documentId, statement.id());
    }
}
