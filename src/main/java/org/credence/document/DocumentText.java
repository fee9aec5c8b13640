package org.credence.document;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.credence.base.domain.Sha256;

/**
 * The text exactly as Credence stores it. Normalisation happens once, at import: afterwards every
 * offset, quote and export refers to these characters, so they must never change.
 */
record DocumentText(String value) {

    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+(?=\n)");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    /** Line endings to \n, Unicode NFC, no trailing spaces, at most one blank line between paragraphs. */
    static DocumentText normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = TRAILING_SPACE.matcher(text).replaceAll("");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return new DocumentText(text.strip());
    }

    boolean isEmpty() {
        return value.isBlank();
    }

    String sha256() {
        return Sha256.of(value);
    }
}
