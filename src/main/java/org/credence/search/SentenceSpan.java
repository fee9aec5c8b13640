package org.credence.search;

/** One sentence of a document: code-point offsets into its stored text, and the sentence itself. */
public record SentenceSpan(int start, int end, String text) {

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
