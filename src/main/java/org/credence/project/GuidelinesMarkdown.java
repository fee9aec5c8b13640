package org.credence.project;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Guidelines as HTML for other people's browsers: raw HTML in the Markdown is shown as text, and links
 * with schemes other than http, https and mailto lose their target — what an editor types is never
 * run in a reviewer's browser.
 */
public final class GuidelinesMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private GuidelinesMarkdown() {}

    /** One {@code <div>} holding the rendered guidelines (a single root, as Vaadin's {@code Html} needs). */
    public static String toHtml(String markdown) {
        return "<div class=\"cr-guidelines\">" + RENDERER.render(PARSER.parse(markdown == null ? "" : markdown))
                + "</div>";
    }
}
