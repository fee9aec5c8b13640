package org.credence.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.base.domain.FreeText;
import org.credence.document.extract.ExtractedText;

/** Fills in provenance the file's metadata lacks from the text itself, and keeps every field within bounds. */
final class ProvenanceReader {

    static final int MAX_TITLE_LENGTH = 200;

    /** Some scraped articles begin with a "date 2021-08-25" marker before their headline. */
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private ProvenanceReader() {}

    static Provenance read(String fileName, ExtractedText extracted, DocumentText text) {
        LocalDate published = extracted.published();
        String firstLine = firstLine(text.value());
        Matcher date = LEADING_DATE.matcher(firstLine);
        if (date.find()) {
            firstLine = firstLine.substring(date.end());
            if (published == null) {
                published = parseDate(date.group(1));
            }
        }
        String title = blankToNull(extracted.title());
        if (title == null) {
            title = blankToNull(firstLine);
        }
        if (title == null) {
            title = fileName;
        }
        String language = LanguageGuesser.guess(text.value());
        if (language == null) {
            language = language(extracted.language());
        }
        return new Provenance(
                shorten(title, MAX_TITLE_LENGTH),
                bounded(extracted.author(), 500),
                bounded(extracted.publisher(), 300),
                url(extracted.url()),
                bounded(fileName, 16000),
                bounded(extracted.contentType(), 200),
                published,
                language,
                extracted.ocr());
    }

    /** A correction typed by a person, within the same bounds as imported provenance. */
    static ProvenanceCorrection clean(ProvenanceCorrection c) {
        String url = blankToNull(c.url());
        if (url != null && url(url) == null) {
            throw new IllegalArgumentException(
                    "The URL must start with http:// or https:// and be at most 2000 characters.");
        }
        String language = blankToNull(c.language());
        if (language != null && language(language) == null) {
            throw new IllegalArgumentException("The language must be a code such as 'en' or 'pt-BR'.");
        }
        // A person's correction is refused when too long (saying the limit), never cut silently.
        return new ProvenanceCorrection(
                FreeText.required("The title", c.title(), MAX_TITLE_LENGTH),
                FreeText.check("The author", c.author(), 500),
                FreeText.check("The publisher", c.publisher(), 300),
                url,
                c.publishedDate(),
                language,
                c.expectedVersion());
    }

    static String url(String value) {
        String url = blankToNull(value);
        if (url == null || url.length() > 2000) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
    }

    private static String language(String value) {
        String tag = blankToNull(value);
        return tag != null && tag.length() <= 20 && LANGUAGE_TAG.matcher(tag).matches() ? tag.replace('_', '-') : null;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String title, int max) {
        String clean = title.strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1).strip() + "…";
    }

    private static String bounded(String value, int max) {
        String clean = blankToNull(value);
        return clean == null ? null : shorten(clean, max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
