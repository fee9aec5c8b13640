package org.credence.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.base.domain.CodePoints;

/**
 * The parts of a sentence that can each carry a claim. News sentences join two claims with ", while",
 * ", though", a dash or a semicolon ("some of Isis-K's recruits are Taliban defectors, while there have
 * been unconfirmed reports of the Taliban executing …"); compared whole, such a sentence matches neither
 * retelling well, so each part long enough to state something is a unit of its own — and so is the whole
 * sentence, which another outlet may tell in one piece ("at least 13 US troops and 60 Afghans were
 * killed – and more than 150 injured – outside the airport").
 */
final class ClaimUnits {

    /** Fewer words than this is a fragment ("hence the acronym Isis-K"), kept with its sentence. */
    static final int MIN_WORDS = 5;

    private static final Pattern BOUNDARY =
            Pattern.compile(",\\s+(?=(?:while|though|although|but|whereas)\\b)|\\s+[-–—]\\s+|;\\s+|:\\s+(?=[A-Z“\"])");

    private ClaimUnits() {}

    /** A part of a document's text: code-point offsets, and the words. */
    record Part(int start, int end, String text) {}

    /** The sentence, then its parts when it divides into parts long enough to state something. */
    static List<Part> of(int sentenceStart, String sentence) {
        List<Part> parts = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        int from = 0;
        while (m.find()) {
            add(parts, sentenceStart, sentence, from, m.start());
            from = m.end();
        }
        add(parts, sentenceStart, sentence, from, sentence.length());
        Part whole = new Part(sentenceStart, sentenceStart + CodePoints.length(sentence), sentence);
        boolean divided = parts.size() > 1 && parts.stream().allMatch(p -> words(p.text()) >= MIN_WORDS);
        if (!divided) {
            return List.of(whole);
        }
        List<Part> all = new ArrayList<>();
        all.add(whole);
        all.addAll(parts);
        return all;
    }

    private static void add(List<Part> parts, int sentenceStart, String sentence, int from, int to) {
        // Trim white space and a trailing full stop the part does not need.
        while (from < to && Character.isWhitespace(sentence.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(sentence.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            parts.add(new Part(
                    sentenceStart + CodePoints.fromUtf16(sentence, from),
                    sentenceStart + CodePoints.fromUtf16(sentence, to),
                    sentence.substring(from, to)));
        }
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
