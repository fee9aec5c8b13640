package org.credence.document;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Detects a document's language from its text with the n-gram profiles built into the detector (no
 * download). Loaded on first use: the profiles take a moment and some memory.
 */
final class LanguageGuesser {

    /**
     * Enough text to be sure (four or five sentences of news prose); more only costs time on every
     * import: at 1,500 characters the guess took a quarter as long as Tika's parse of a web page.
     */
    private static final int SAMPLE_CHARS = 600;

    private LanguageGuesser() {}

    private static final class Holder {
        static final LanguageDetector DETECTOR;
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

        static {
            try {
                DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("The language profiles could not be read", e);
            }
        }
    }

    /** Loads the profiles now (on first use otherwise). */
    static void warmUp() {
        Holder.DETECTOR.getClass();
    }

    /** The ISO 639-1 code of the text's language, or null when the detector is not confident. */
    static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        return Holder.DETECTOR
                .detect(Holder.TEXT.forText(sample))
                .transform(LdLocale::getLanguage)
                .orNull();
    }
}
