package org.credence.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How telling each word is in a project (for claim discovery and the matcher), counted over its sentences (not its documents: in five reports
 * on one story every document says "Taliban", but few sentences say "executed"). Two parts sharing the
 * rare words of a claim ("executing" / "executed", "senior", "injured") are likelier to tell it than two
 * that share the story's names. Words are lower-cased, without a plural or -ing/-ed ending.
 */
public final class TermWeights {

    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "with", "by", "from", "that", "this",
            "which", "who", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "as", "but",
            "not", "their", "they", "he", "she", "his", "her", "there", "some", "more", "than", "least", "most", "also",
            "about", "into", "over", "after", "before", "while", "would", "could", "said", "says", "since", "one",
            "will", "may", "what", "when", "where", "how", "why", "them", "these", "those", "such", "other", "all",
            "any", "our", "we", "you", "your", "i", "if", "so");

    private final Map<String, Integer> sentencesWith = new HashMap<>();
    private int sentences;

    /** Counts a sentence's words. */
    public synchronized void count(String sentence) {
        sentences++;
        for (String term : terms(sentence)) {
            sentencesWith.merge(term, 1, Integer::sum);
        }
    }

    public synchronized int sentences() {
        return sentences;
    }

    /**
     * How much of the two texts' telling words they share: the cosine of their word sets weighted by
     * inverse sentence frequency (0 to 1).
     */
    public synchronized double overlap(Set<String> a, Set<String> b) {
        double shared = 0;
        double na = 0;
        double nb = 0;
        for (String term : a) {
            double w = weight(term);
            na += w * w;
            if (b.contains(term)) {
                shared += w * w;
            }
        }
        for (String term : b) {
            double w = weight(term);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : shared / Math.sqrt(na * nb);
    }

    private double weight(String term) {
        int with = sentencesWith.getOrDefault(term, 0);
        return Math.log((sentences + 1.0) / (with + 1.0)) + 1e-3;
    }

    /**
     * Words a casualty report may use for one thing: "170 dead" and "60 Afghans were killed" count the same
     * toll, "many more injured" and "150 wounded" the same hurt.
     */
    private static final java.util.Map<String, String> SAME = java.util.Map.ofEntries(
            java.util.Map.entry("dead", "kill"),
            java.util.Map.entry("death", "kill"),
            java.util.Map.entry("die", "kill"),
            java.util.Map.entry("died", "kill"),
            java.util.Map.entry("kill", "kill"),
            java.util.Map.entry("toll", "kill"),
            java.util.Map.entry("wound", "injur"),
            java.util.Map.entry("hurt", "injur"),
            java.util.Map.entry("injur", "injur"),
            java.util.Map.entry("injurie", "injur"));

    /** Compiled once: {@code String.split} with this pattern compiled it for every sentence. */
    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]+");

    public static Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() < 3 || STOP.contains(word)) {
                continue;
            }
            if (SAME.containsKey(word)) {
                terms.add(SAME.get(word));
                continue;
            }
            String stem = withoutEnding(word);
            if (stem.length() >= 3) {
                terms.add(SAME.getOrDefault(stem, stem));
            }
        }
        return terms;
    }

    /**
     * The word without a final -ing, -ed, -es or -s (the first that applies, in that order). String
     * tests rather than a regular expression: claim matching reads the words of some 400 sentences per
     * request, and a matcher per word was a quarter of what a request allocated.
     */
    static String withoutEnding(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static final String[] ENDINGS = {"ing", "ed", "es", "s"};
}
