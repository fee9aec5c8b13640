package org.credence.annotation;

import org.credence.base.domain.CodePoints;

/**
 * A validated span of a document's text, in code points, with the text it covers and up to
 * {@value #CONTEXT} code points either side — the W3C TextQuoteSelector's exact, prefix and suffix,
 * which let an anchor be found again even if offsets were lost.
 */
record StatementSpan(int start, int end, String quote, String prefix, String suffix) {

    static final int CONTEXT = 32;

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
            throw new InvalidSpanException(
                    "The span " + start + "–" + end + " is empty or reversed: the end must come after the start.");
        }
        int from = CodePoints.toUtf16(text, start);
        int to = CodePoints.toUtf16(text, end);
        String quote = text.substring(from, to);
        if (quote.isBlank()) {
            throw new InvalidSpanException("The span " + start + "–" + end + " covers only white space.");
        }
        String prefix = text.substring(CodePoints.toUtf16(text, Math.max(0, start - CONTEXT)), from);
        String suffix = text.substring(to, CodePoints.toUtf16(text, Math.min(length, end + CONTEXT)));
        return new StatementSpan(start, end, quote, prefix, suffix);
    }

    /** As {@link #of}, and the caller's idea of the quote must match the text there. */
    static StatementSpan of(String text, int start, int end, String expectedQuote) {
        StatementSpan span = of(text, start, end);
        if (expectedQuote != null && !expectedQuote.equals(span.quote())) {
            throw new QuoteMismatchException(start, end, expectedQuote, span.quote());
        }
        return span;
    }
}
