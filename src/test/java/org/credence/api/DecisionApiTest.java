package org.credence.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/statements/{id}/decision and the history it leaves. */
@AutoConfigureMockMvc
class DecisionApiTest extends AbstractServiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    long statementId;
    long documentId;

    @BeforeEach
    void aReviewerLabels() {
        documentId = TestCorpus.importText(documents, "Up to 2,200 fighters, officials said.");
        signIn("reviewer1", Role.REVIEWER);
        statementId = annotations.add(documentId, 0, 20, Label.UNCONFIRMED).id();
        TestSecurity.signOut(context);
    }

    @Test
    void a_documents_disagreements_are_listed_and_an_unknown_document_is_a_404() throws Exception {
        signIn("reviewer2", Role.REVIEWER);
        annotations.add(documentId, 0, 20, Label.DISPUTED);
        TestSecurity.signOut(context);

        mvc.perform(get("/api/agreement/documents/{id}/disagreements", documentId)
                        .with(httpBasic("researcher", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].quote").value("Up to 2,200 fighters"))
                .andExpect(jsonPath("$[0].labels.reviewer1").value("unconfirmed"))
                .andExpect(jsonPath("$[0].labels.reviewer2").value("disputed"));
        mvc.perform(get("/api/agreement").with(httpBasic("researcher", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disagreementCount").isNumber())
                .andExpect(jsonPath("$.units").isNumber())
                .andExpect(jsonPath("$.grouping.units").value("overlap"))
                .andExpect(jsonPath("$.grouping.minOverlap").value(0.5))
                .andExpect(jsonPath("$.grouping.minimumUnits").value(30))
                .andExpect(jsonPath("$.confidenceInterval.level").value(0.95))
                .andExpect(jsonPath("$.labelAlpha.units").isNumber())
                .andExpect(jsonPath("$.labelAlpha.tooLittleData").isBoolean())
                .andExpect(jsonPath("$.labelAlpha.confidenceInterval.low").isNumber())
                .andExpect(jsonPath("$.presentationAlpha.units").isNumber())
                .andExpect(jsonPath("$.credibilityAlphaOrdinal.reviewers").isNumber())
                .andExpect(jsonPath("$.spanAgreement.pairs").isArray())
                .andExpect(jsonPath("$.spanAgreement.overlapF1").isNumber());
        mvc.perform(get("/api/agreement/documents/{id}/disagreements", 987_654_321L)
                        .with(httpBasic("researcher", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Document 987654321 does not exist."));
    }

    @Test
    void an_editor_overrides_with_a_reason_and_the_history_shows_it() throws Exception {
        decide("{\"decision\": \"override\", \"label\": \"disputed\", \"reason\": \"UN: 500 to 1,200\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("approved"))
                .andExpect(jsonPath("$.goldLabel").value("disputed"))
                .andExpect(jsonPath("$.decidedBy").value("editor"))
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(get("/api/my/decisions").with(httpBasic("reviewer1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.statementId == " + statementId + ")].reason")
                        .value("UN: 500 to 1,200"))
                .andExpect(jsonPath("$[?(@.statementId == " + statementId + ")].goldLabel")
                        .value("disputed"));
        mvc.perform(get("/api/statements/{id}/history", statementId).with(httpBasic("reviewer1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("created"))
                .andExpect(jsonPath("$[1].action").value("decision: approved"))
                .andExpect(jsonPath("$[1].actor").value("editor"))
                .andExpect(jsonPath("$[1].after", containsString("UN: 500 to 1,200")));
    }

    @Test
    void a_decision_on_a_stale_version_is_a_409() throws Exception {
        decide("{\"decision\": \"approve\"}").andExpect(status().isOk());

        decide("{\"decision\": \"reject\", \"reason\": \"late\", \"version\": -1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("Another editor decided this statement")));
    }

    @Test
    void bad_decisions_are_400s_with_a_message() throws Exception {
        decide("{\"decision\": \"reject\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("A rejection needs a reason, for the reviewer."));
        decide("{\"decision\": \"override\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("An override needs the label to put in its place."));
        decide("{\"decision\": \"maybe\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.message").value("Unknown decision 'maybe': use one of approve, override, reject."));
        decide("{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'decision' must not be null."));
    }

    @Test
    void a_decision_may_set_the_gold_span_and_a_malformed_one_is_a_400_that_changes_nothing() throws Exception {
        decide("{\"decision\": \"approve\", \"goldStart\": 0, \"goldEnd\": 21}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goldStart").value(0))
                .andExpect(jsonPath("$.goldEnd").value(21));
        long other = annotationByReviewer2();
        mvc.perform(post("/api/statements/{id}/decision", other)
                        .with(httpBasic("editor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"approve\", \"goldStart\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Give goldStart and goldEnd together, or neither."));
        mvc.perform(post("/api/statements/{id}/decision", other)
                        .with(httpBasic("editor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"approve\", \"goldStart\": 30, \"goldEnd\": 36}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("does not overlap the statement")));
        mvc.perform(post("/api/statements/{id}/decision", other)
                        .with(httpBasic("editor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"approve\", \"goldStart\": 9, \"goldEnd\": 4}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("from a start to a later end")));
        mvc.perform(get("/api/statements/{id}/decision", other).with(httpBasic("editor", "demo")))
                .andExpect(jsonPath("$.state").value("proposed"));
    }

    private long annotationByReviewer2() {
        signIn("reviewer2", Role.REVIEWER);
        long id = annotations.add(documentId, 0, 21, Label.UNCONFIRMED).id();
        TestSecurity.signOut(context);
        return id;
    }

    private ResultActions decide(String body) throws Exception {
        return mvc.perform(post("/api/statements/{id}/decision", statementId)
                .with(httpBasic("editor", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
