package org.credence.cue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One lexicon entry: a phrase that marks how a text presents a statement. {@code {source}} in the
 * phrase stands for who speaks: after the cue ("according to {source}") or before it ("{source} said").
 */
record Cue(Kind kind, String phrase, String presentation) {

    enum Kind {
        HEDGE,
        ATTRIBUTION,
        DENIAL;

        static Kind of(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    static final List<String> PRESENTATIONS = List.of("hedged", "attributed", "denied");

    Cue {
        if (!PRESENTATIONS.contains(presentation)) {
            throw new IllegalArgumentException(
                    "Unknown presentation '" + presentation + "': use " + PRESENTATIONS + ".");
        }
        if (phrase.replace("{source}", "").isBlank()) {
            throw new IllegalArgumentException("A cue needs words besides {source}.");
        }
    }

    /** The words of the cue without {source}, as a case-insensitive whole-word pattern. */
    Pattern pattern() {
        String words = phrase.replace("{source}", "").strip();
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean sourceBefore() {
        return phrase.strip().startsWith("{source}");
    }

    boolean sourceAfter() {
        return phrase.strip().endsWith("{source}");
    }
}
