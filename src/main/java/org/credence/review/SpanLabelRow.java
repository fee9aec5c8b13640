package org.credence.review;

import org.credence.annotation.Label;

/** One reviewer's label on a span, as agreement reads it. */
record SpanLabelRow(long documentId, int start, int end, String quote, String author, Label label) {
}
