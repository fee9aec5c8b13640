package org.credence.cue;

import java.util.List;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementSuggestions;
import org.springframework.stereotype.Component;

/** The cue lexicon's suggestions as the Reader takes them, with the statement each would become. */
@Component
class CueStatementSuggestions implements StatementSuggestions {

    private final CueService cues;

    CueStatementSuggestions(CueService cues) {
        this.cues = cues;
    }

    @Override
    public List<Suggestion> forDocument(long documentId) {
        return cues.suggestions(documentId).stream()
                .map(c -> new Suggestion(c.start(), c.end(), c.exact(), c.cue(), proposed(c)))
                .toList();
    }

    @Override
    public void dismiss(long documentId, int start, int end) {
        cues.dismiss(documentId, start, end);
    }

    /**
     * A hedge or an attribution makes the text's own claim unconfirmed until someone checks it, a
     * denial disputed; the reviewer changes the verdict with 1, 2 or 3 like any other statement.
     */
    static StatementDetails proposed(CueSuggestion cue) {
        Presentation presentation = Presentation.fromCode(cue.presentation());
        Label label = presentation == Presentation.DENIED ? Label.DISPUTED : Label.UNCONFIRMED;
        String speaker = presentation == Presentation.ATTRIBUTED || presentation == Presentation.DENIED
                ? cue.attributionSource()
                : null;
        return new StatementDetails(label, presentation, null, speaker, cue.cue(), List.of(), null, null);
    }
}
