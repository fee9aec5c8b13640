package org.credence.cue;

/**
 * A sentence the cue lexicon marks as a candidate statement: where it is (code points), the cue
 * found, the presentation it suggests, and who it attributes the sentence to, when the cue says.
 */
public record CueSuggestion(
        int start, int end, String exact, String cue, String kind, String presentation, String attributionSource) {}
