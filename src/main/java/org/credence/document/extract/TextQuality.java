package org.credence.document.extract;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * How readable an extracted text is. Two signals, both cheap: the share of characters no reader can
 * read (U+FFFD, private-use, control and unassigned code points: what a PDF font without a Unicode map
 * decodes to), and, for text decoded from glyphs (PDF, OCR), the share of words that are common words
 * of some language — shifted glyph codes ("9HOGRU IORRG") are letters but never words.
 *
 * @param characters the code points that are not white space
 * @param unreadable those that are unreadable
 * @param words the words (runs of letters) in Latin, Cyrillic or Greek script
 * @param commonWords those that are common (stop) words of a language Credence knows
 * @param otherScriptWords words in any other script, where common words are not checked
 * @param distinctCommonWords how many different common words of two letters or more
 * @param caseSwitchedWords words with a capital after a small letter ("SSeS", "eS"): OCR of glyph soup
 */
public record TextQuality(
        int characters,
        int unreadable,
        int words,
        int commonWords,
        int otherScriptWords,
        int distinctCommonWords,
        int caseSwitchedWords) {

    /** Above this share of unreadable characters a text is refused: a few stray ones are normal. */
    public static final double MAX_UNREADABLE_SHARE = 0.10;

    /**
     * Below this share of common words a glyph-decoded text is letter soup. Real prose in any of the
     * languages below has 25–50% (measured on the seeds and the claims evaluation stories: 38–47%);
     * a headline-only page has at least 5%.
     */
    public static final double MIN_COMMON_WORD_SHARE = 0.03;

    /**
     * A short note with a few stray bytes ("Nul \0\0\0 bytes inside.") is kept as text: it takes this many
     * unreadable characters, not only a share, to refuse a text. A damaged PDF has thousands.
     */
    static final int MIN_UNREADABLE_TO_JUDGE = 20;

    /** Fewer words than this say too little to judge by (a caption, a slide title). */
    static final int MIN_WORDS_TO_JUDGE = 30;

    /**
     * From a hundred words on, prose uses many different common words (far more than the square root of
     * how many common words it has: 1,600 words of news have about 800 common words, 90 of them
     * different); soup repeats the few its letters happen to spell ("se", "es", "ou": 3 different among
     * 96). Half the square root is the line: a report written from a template, repeating the same ten
     * ("that", "the", "had been") among 120, is text (the import benchmark's generated PDFs were refused
     * as soup, and sent to OCR, with the square root itself).
     */
    static final int MIN_WORDS_FOR_VOCABULARY = 100;

    /** Prose has a few words like "iPhone" or "McCain"; OCR of glyph soup has them by the dozen. */
    static final double MAX_CASE_SWITCHED_SHARE = 0.2;

    private static final Set<UnicodeScript> CHECKED_SCRIPTS =
            Set.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC, UnicodeScript.GREEK);

    /** Lucene's stop word lists, one per language, joined: which language a text is in does not matter here. */
    private static final CharArraySet COMMON_WORDS = stopWordsOfEveryLanguage();

    public static TextQuality of(String text) {
        int characters = 0;
        int unreadable = 0;
        int words = 0;
        int common = 0;
        int other = 0;
        int caseSwitched = 0;
        java.util.Set<String> distinct = new java.util.HashSet<>();
        int wordStart = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0) {
                UnicodeScript script = UnicodeScript.of(text.codePointAt(wordStart));
                if (CHECKED_SCRIPTS.contains(script)) {
                    words++;
                    String word = text.substring(wordStart, i);
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (COMMON_WORDS.contains(lower)) {
                        common++;
                        if (lower.length() > 1) {
                            distinct.add(lower);
                        }
                    }
                    if (switchesCase(word)) {
                        caseSwitched++;
                    }
                } else {
                    other++;
                }
                wordStart = -1;
            }
            if (i < text.length() && !Character.isWhitespace(c)) {
                characters++;
                if (isUnreadable(c)) {
                    unreadable++;
                }
            }
            i += Character.charCount(c);
        }
        return new TextQuality(characters, unreadable, words, common, other, distinct.size(), caseSwitched);
    }

    /** A capital letter right after a small one. */
    private static boolean switchesCase(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isUnreadable(int c) {
        return switch (Character.getType(c)) {
            case Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            case Character.CONTROL -> c != '\t' && c != '\n' && c != '\r' && c != '\f';
            default -> c == 0xFFFD;
        };
    }

    public double unreadableShare() {
        return characters == 0 ? 0 : (double) unreadable / characters;
    }

    public double commonWordShare() {
        return words == 0 ? 0 : (double) commonWords / words;
    }

    /** Whether too many characters are unreadable, whatever the format (a share, and enough of them to tell). */
    public boolean mostlyUnreadable() {
        return unreadable >= MIN_UNREADABLE_TO_JUDGE && unreadableShare() > MAX_UNREADABLE_SHARE;
    }

    /**
     * Whether text decoded from glyphs reads as letter soup: enough words to judge, mostly in a script
     * whose common words are known, and almost none of them common.
     */
    public boolean letterSoup() {
        return words >= MIN_WORDS_TO_JUDGE
                && words >= 4 * otherScriptWords
                && (commonWordShare() < MIN_COMMON_WORD_SHARE
                        || words >= MIN_WORDS_FOR_VOCABULARY && distinctCommonWords < Math.sqrt(commonWords) / 2
                        || (double) caseSwitchedWords / words > MAX_CASE_SWITCHED_SHARE);
    }

    /** What is wrong, in the words the import shows; null when the text reads as text. */
    public String problem(boolean decodedFromGlyphs) {
        if (mostlyUnreadable()) {
            return percent(unreadableShare()) + " of the characters are unreadable";
        }
        if (decodedFromGlyphs && letterSoup()) {
            return "its letters do not form words of any language Credence knows (judged on " + words + " words)";
        }
        return null;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static CharArraySet stopWordsOfEveryLanguage() {
        CharArraySet all = new CharArraySet(4_000, false);
        for (CharArraySet set : List.of(
                org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.pt.PortugueseAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.sv.SwedishAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.da.DanishAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.no.NorwegianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.fi.FinnishAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.hu.HungarianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.ro.RomanianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.tr.TurkishAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.cz.CzechAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.id.IndonesianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.ca.CatalanAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.lt.LithuanianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.lv.LatvianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.et.EstonianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.ga.IrishAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.el.GreekAnalyzer.getDefaultStopSet())) {
            all.addAll(set);
        }
        return CharArraySet.unmodifiableSet(all);
    }
}
