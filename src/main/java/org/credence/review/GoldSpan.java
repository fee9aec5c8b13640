package org.credence.review;

/**
 * Where an editor says a statement is, in code points of the document text, when reviewers selected
 * different spans for it.
 */
public record GoldSpan(int start, int end) {

    public GoldSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "A gold span runs from a start to a later end (code points), not " + start + "–" + end + ".");
        }
    }
}
