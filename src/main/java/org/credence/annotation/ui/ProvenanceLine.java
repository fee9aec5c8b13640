package org.credence.annotation.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.document.DocumentDetails;

/**
 * The one-line provenance under a document's title, for people: who published it, who wrote it, when,
 * in which language, how long. File names, checksums and offsets are in Details.
 */
final class ProvenanceLine {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ProvenanceLine() {}

    static String of(DocumentDetails d) {
        List<String> parts = new ArrayList<>();
        if (d.source() != null) {
            parts.add(d.source().name());
        } else if (d.publisher() != null) {
            parts.add(d.publisher());
        } else {
            parts.add("Publisher unknown");
        }
        if (d.author() != null) {
            parts.add(d.author());
        }
        parts.add(d.publishedDate() != null ? DATE.format(d.publishedDate()) : "date unknown");
        if (d.language() != null) {
            String name = Locale.forLanguageTag(d.language()).getDisplayLanguage(Locale.ENGLISH);
            parts.add(name.isBlank() ? d.language() : name);
        }
        parts.add(String.format(Locale.ENGLISH, "%,d words", words(d.text())));
        return String.join(" · ", parts);
    }

    private static int words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
