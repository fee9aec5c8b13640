package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.credence.AbstractServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/** Password guessing over HTTP Basic and the login form is answered with a wait, and logged without the password. */
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleApiTest extends AbstractServiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService accounts;

    @Test
    void after_five_wrong_passwords_even_the_right_one_waits_with_429_and_retry_after(CapturedOutput output)
            throws Exception {
        signIn("admin", Role.ADMIN);
        accounts.create("guessed", "Guessed", "the right password 1", Set.of(Role.REVIEWER));
        signOut();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/documents").with(httpBasic("guessed", "wrong-guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/documents").with(httpBasic("guessed", "the right password 1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.message").value("Too many failed sign-ins; try again in 1 s."));
        String rightPassword = java.util.Base64.getEncoder().encodeToString("guessed:the right password 1".getBytes());
        // Spring accepts any character after "Basic": the throttle reads the header as Spring does.
        for (String variant : new String[] {"Basic\t" + rightPassword, "BASIC " + rightPassword}) {
            mvc.perform(get("/api/documents").header("Authorization", variant)).andExpect(status().isTooManyRequests());
        }
        mvc.perform(get("/api/documents").with(httpBasic("reviewer1", "demo")))
                .andExpect(status().isOk()); // another account is not held up

        assertThat(output.getAll())
                .contains("Failed sign-in for 'guessed' from 127.0.0.1 (5 in a row)")
                .doesNotContain("wrong-guess-");
    }

    @Test
    void the_login_form_says_how_long_to_wait() throws Exception {
        signIn("admin", Role.ADMIN);
        accounts.create("formguess", "Form Guess", "the right password 2", Set.of(Role.REVIEWER));
        signOut();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                            .param("username", "formguess")
                            .param("password", "nope" + i)
                            .with(csrf()))
                    .andExpect(header().string("Location", containsString("/login?error")));
        }

        mvc.perform(post("/login")
                        .param("username", "formguess")
                        .param("password", "the right password 2")
                        .with(csrf()))
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(header().string("Location", containsString("/login?throttled=1")));
    }

    private void signOut() {
        org.credence.TestSecurity.signOut(context);
    }
}
