package org.credence.annotation;

import org.credence.base.domain.CodePoints;

/** A validated span of a document's text, in code points, with the text it covers. */
record StatementSpan(int start, int end, String quote) {

    /**
     * @throws InvalidSpanException when the span is reversed, empty, outside the text or covers only
     *     white space
     */
    static StatementSpan of(String text, int start, int end) {
        int length = CodePoints.length(text);
        if (start < 0 || end > length) {
            throw new InvalidSpanException("The span " + start + "–" + end + " lies outside the document, which has "
                    + length + " characters.");
        }
        if (end <= start) {
            throw new InvalidSpanException("The span " + start + "–" + end
                    + " is empty or reversed: the end must come after the start.");
        }
        String quote = text.substring(CodePoints.toUtf16(text, start), CodePoints.toUtf16(text, end));
        if (quote.isBlank()) {
            throw new InvalidSpanException("The span " + start + "–" + end + " covers only white space.");
        }
        return new StatementSpan(start, end, quote);
    }
}
