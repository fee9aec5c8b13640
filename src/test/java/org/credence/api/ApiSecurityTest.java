package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.credence.TestSecurity;
import org.credence.security.Role;
import org.credence.security.UserAccountService;
import org.credence.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** CSRF and secrets: the API cannot be driven by a browser's session, and passwords never reach the log. */
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityTest extends AbstractApiTest {

    @Autowired
    UserAccountService accounts;

    @Test
    void a_signed_in_browser_session_does_not_authenticate_the_api_so_a_cross_site_request_is_refused()
            throws Exception {
        MvcResult login = mvc.perform(post("/login")
                        .param("username", "reviewer1")
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session).as("the UI signed in").isNotNull();

        mvc.perform(post("/api/documents/{id}/statements", documentId)
                        .session(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\":0,\"end\":5,\"label\":\"confirmed\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/documents").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void the_api_sets_no_session_cookie_a_browser_could_send_back() throws Exception {
        MvcResult result =
                perform(get("/api/documents")).andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void passwords_never_reach_the_log(CapturedOutput output) throws Exception {
        String first = "S3cret-Unique-4711";
        String wrong = "Wr0ng-Unique-0815";
        String second = "N3w-Unique-9999";
        TestSecurity.signIn(context, "admin", Role.ADMIN);
        UserSummary account = accounts.create("logcheck", "Log Check", first, Set.of(Role.REVIEWER));
        TestSecurity.signOut(context);

        mvc.perform(get("/api/documents").with(httpBasic("logcheck", first))).andExpect(status().isOk());
        mvc.perform(get("/api/documents").with(httpBasic("logcheck", wrong))).andExpect(status().isUnauthorized());
        mvc.perform(post("/login")
                .param("username", "logcheck")
                .param("password", wrong)
                .with(csrf()));
        TestSecurity.signIn(context, "admin", Role.ADMIN);
        accounts.resetPassword(account.id(), second);
        TestSecurity.signOut(context);
        mvc.perform(get("/api/documents").with(httpBasic("logcheck", second))).andExpect(status().isOk());

        for (String secret : new String[] {first, wrong, second}) {
            assertThat(output.getAll())
                    .doesNotContain(secret)
                    .doesNotContain(Base64.getEncoder()
                            .encodeToString(("logcheck:" + secret).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
