package org.credence.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.search.SentenceSpan;
import org.credence.search.Sentences;
import org.springframework.stereotype.Component;

/**
 * Finds candidate statements: each sentence with a cue from the lexicon, with the presentation it
 * suggests (a hedge outweighs a denial, which outweighs a plain attribution) and the speaker when the
 * cue names one.
 */
@Component
class CueDetector {

    private static final Pattern SOURCE_AFTER =
            Pattern.compile("^\\s*([^,.;:!?()\"“”]{2,80}?)(?=\\s*(?:[,.;:!?()\"“”]|$|\\bthat\\b))");
    private static final int MAX_SOURCE_WORDS_BEFORE = 6;

    private final CueLexicon lexicon;

    CueDetector(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<CueSuggestion> detect(String text) {
        return detect(text, List.of());
    }

    /** With a project's own cues as well (its settings' extension), longest phrase first as always. */
    List<CueSuggestion> detect(String text, List<Cue> projectCues) {
        List<Cue> cues = lexicon.cues();
        if (!projectCues.isEmpty()) {
            List<Cue> merged = new ArrayList<>(cues);
            merged.addAll(projectCues);
            merged.sort(
                    (a, b) -> Integer.compare(b.phrase().length(), a.phrase().length()));
            cues = merged;
        }
        // Compiled once per text, not once per sentence: on a 1 MB document that was 800,000 compilations.
        // A cue's first word must be in the sentence before its pattern is tried (indexOf is far cheaper).
        java.util.regex.Pattern[] patterns = new java.util.regex.Pattern[cues.size()];
        String[] firstWords = new String[cues.size()];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = cues.get(i).pattern();
            firstWords[i] = cues.get(i)
                    .phrase()
                    .replace("{source}", "")
                    .strip()
                    .split("\\s+")[0]
                    .toLowerCase(java.util.Locale.ROOT);
        }
        List<CueSuggestion> found = new ArrayList<>();
        for (SentenceSpan sentence : Sentences.of(text)) {
            Match best = null;
            String speaker = null;
            // Longest cues come first; a shorter one inside words already matched ("reports" in
            // "unconfirmed reports") is the same cue, not another.
            java.util.BitSet matched = new java.util.BitSet();
            String lower = sentence.text().toLowerCase(java.util.Locale.ROOT);
            for (int c = 0; c < patterns.length; c++) {
                if (!lower.contains(firstWords[c])) {
                    continue;
                }
                Cue cue = cues.get(c);
                Matcher m = patterns[c].matcher(sentence.text());
                while (m.find()) {
                    int taken = matched.nextSetBit(m.start());
                    if (taken >= 0 && taken < m.end()) {
                        continue;
                    }
                    matched.set(m.start(), m.end());
                    Match candidate = new Match(cue, m.start(), m.end(), source(cue, sentence.text(), m));
                    if (cue.sourceBefore() && candidate.source() == null) {
                        continue; // "said" with nobody before it is not an attribution
                    }
                    if (speaker == null) {
                        speaker = candidate.source();
                    }
                    if (best == null || rank(candidate.cue()) > rank(best.cue())) {
                        best = candidate;
                    }
                    break;
                }
            }
            if (best != null) {
                // The strongest cue sets the presentation; whoever the sentence quotes is kept even when a
                // hedge wins ("a report estimated … could rise": hedged, attributed to the report).
                found.add(new CueSuggestion(
                        sentence.start(),
                        sentence.end(),
                        sentence.text(),
                        sentence.text().substring(best.from(), best.to()),
                        best.cue().kind().name().toLowerCase(java.util.Locale.ROOT),
                        best.cue().presentation(),
                        best.source() != null ? best.source() : speaker));
            }
        }
        return found;
    }

    private record Match(Cue cue, int from, int to, String source) {}

    private static int rank(Cue cue) {
        return switch (cue.kind()) {
            case HEDGE -> 3;
            case DENIAL -> 2;
            case ATTRIBUTION -> 1;
        };
    }

    private static String source(Cue cue, String sentence, Matcher m) {
        if (cue.sourceAfter()) {
            Matcher after = SOURCE_AFTER.matcher(sentence.substring(m.end()));
            return after.find() ? after.group(1).strip() : null;
        }
        if (cue.sourceBefore()) {
            String before = sentence.substring(0, m.start());
            int clause = Math.max(
                    Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                    Math.max(before.lastIndexOf('“'), before.lastIndexOf('"')));
            String[] words = before.substring(clause + 1).strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                return null;
            }
            int from = Math.max(0, words.length - MAX_SOURCE_WORDS_BEFORE);
            String source = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))
                    .strip();
            return source.isEmpty() ? null : source;
        }
        return null;
    }
}
