package org.credence.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.document.extract.ExtractedText;

/** Fills in provenance the file's metadata lacks from the text itself. */
final class ProvenanceReader {

    static final int MAX_TITLE_LENGTH = 200;

    /** Some scraped articles begin with a "date 2021-08-25" marker before their headline. */
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");

    private ProvenanceReader() {
    }

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
        return new Provenance(shorten(title), blankToNull(extracted.author()), fileName,
                extracted.contentType(), published);
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

    private static String shorten(String title) {
        String clean = title.strip();
        return clean.length() <= MAX_TITLE_LENGTH ? clean : clean.substring(0, MAX_TITLE_LENGTH - 1).strip() + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
