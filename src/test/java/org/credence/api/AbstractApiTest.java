package org.credence.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** API tests on one imported document; requests sign in with HTTP Basic as reviewer1 unless told otherwise. */
@AutoConfigureMockMvc
abstract class AbstractApiTest extends AbstractServiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentService documents;

    long documentId;
    private RequestPostProcessor caller = httpBasic("reviewer1", "demo");

    @BeforeEach
    void importDocument() {
        documentId = TestCorpus.importText(documents, "Up to 2,200 fighters, officials said.");
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(caller));
    }

    void callAs(String username) {
        caller = httpBasic(username, "demo");
    }

    ResultActions postStatement(String body) throws Exception {
        return perform(post("/api/documents/{id}/statements", documentId)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
