package org.credence.document;

import java.time.LocalDate;
import org.credence.source.SourceRef;

/**
 * A document as other features name it in a list — title, source, date, length — read in one batch
 * query without the text, so a claim of twenty members or a page of search hits never loads twenty
 * full texts to show twenty titles.
 */
public record DocumentRef(long id, String title, SourceRef source, LocalDate publishedDate, int charCount) {

    /** The source's name, or null when the document has no source. */
    public String sourceName() {
        return source == null ? null : source.name();
    }

    /**
     * Refuses a span (code points, end exclusive) that is empty, reversed or not inside the text.
     *
     * @throws IllegalArgumentException saying which, and how long the text is
     */
    public void requireSpan(int start, int end) {
        if (start < 0 || end <= start || end > charCount) {
            throw new IllegalArgumentException("The span " + start + "–" + end + " lies outside document " + id
                    + ", which has " + charCount + " characters, or is empty.");
        }
    }
}
