package org.credence.annotation;

import java.util.List;

/**
 * A source of suggested statements for the Reader: the cue lexicon today, claim candidates next.
 * Other features implement it; annotation only asks, as it does for {@link BlindReview}, so the Reader
 * never depends on how a suggestion was found.
 */
public interface StatementSuggestions {

    /** The signed-in reviewer's open suggestions for a document. */
    List<Suggestion> forDocument(long documentId);

    /** The reviewer does not want the suggestion at this span; it stays away for them. */
    void dismiss(long documentId, int start, int end);

    /**
     * A statement the Reader proposes: where (code points), why ({@code reason}, e.g. the cue
     * "reportedly"), and the details it gets when the reviewer accepts it.
     */
    record Suggestion(int start, int end, String exact, String reason, StatementDetails proposed) {}
}
