package org.credence.annotation;

/**
 * One reviewer's label on a span, without its details: what the review queue and agreement read,
 * a row per statement, a million of them streamed without a document text among them.
 */
public record LabelledSpan(
        long statementId,
        long documentId,
        int start,
        int end,
        String quote,
        String author,
        Label label,
        Presentation presentation,
        Credibility credibility)
        implements SpanUnits.ReviewerSpan {}
