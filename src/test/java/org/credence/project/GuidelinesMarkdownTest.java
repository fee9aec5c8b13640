package org.credence.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an editor types in the guidelines is shown, never run, in reviewers' browsers. */
class GuidelinesMarkdownTest {

    @Test
    void markdown_is_rendered_and_raw_html_is_shown_as_text() {
        String html = GuidelinesMarkdown.toHtml("# Labels\n\n**Confirmed**: two sources.\n\n<script>alert(1)</script>"
                + "\n\n<img src=x onerror=alert(2)>");

        assertThat(html).startsWith("<div class=\"cr-guidelines\">").endsWith("</div>");
        assertThat(html).contains("<h1>Labels</h1>", "<strong>Confirmed</strong>");
        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img");
    }

    @Test
    void links_keep_safe_targets_only() {
        assertThat(GuidelinesMarkdown.toHtml("[un](https://www.un.org/report)"))
                .contains("href=\"https://www.un.org/report\">un</a>");
        assertThat(GuidelinesMarkdown.toHtml("[click](javascript:alert(1))")).doesNotContain("javascript:");
        assertThat(GuidelinesMarkdown.toHtml(null)).isEqualTo("<div class=\"cr-guidelines\"></div>");
    }
}
