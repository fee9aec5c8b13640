package org.credence.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.credence.TestCorpus;
import org.credence.base.domain.CodePoints;
import org.credence.cue.PresentedSentence;
import org.credence.document.DocumentService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Candidates as discovery would store them, made without the embedding model: documents imported into
 * the acting project, and groups of their sentences handed to {@link CandidateStore}.
 */
final class CandidateFixtures {

    private final DocumentService documents;
    private final CandidateStore store;
    private final TransactionTemplate transaction;

    CandidateFixtures(DocumentService documents, CandidateStore store, TransactionTemplate transaction) {
        this.documents = documents;
        this.store = store;
        this.transaction = transaction;
    }

    /** One document per text; returns their ids. */
    List<Long> documents(String... texts) {
        List<Long> ids = new ArrayList<>();
        for (String text : texts) {
            ids.add(TestCorpus.importText(documents, text));
        }
        return ids;
    }

    /** A place: the words in the document, found in its stored text. */
    ClaimDiscovery.Member place(long documentId, String words, double similarity) {
        String text = documents.text(documentId);
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in document " + documentId);
        }
        int start = CodePoints.fromUtf16(text, at);
        return new ClaimDiscovery.Member(
                new SentenceClustering.Unit(documentId, start, start + CodePoints.length(words)),
                null,
                words,
                similarity);
    }

    /** Stores the groups as a run would (replacing untouched proposals); the first sentence of each is hedged. */
    int replace(long projectId, List<List<ClaimDiscovery.Member>> groups) {
        Map<Long, NavigableMap<Integer, PresentedSentence>> presentations = new java.util.HashMap<>();
        for (List<ClaimDiscovery.Member> group : groups) {
            ClaimDiscovery.Member first = group.get(0);
            NavigableMap<Integer, PresentedSentence> hedged = new TreeMap<>();
            hedged.put(
                    first.unit().start(),
                    new PresentedSentence(
                            first.unit().start(), first.unit().end(), org.credence.annotation.Presentation.HEDGED));
            presentations.put(first.unit().documentId(), hedged);
        }
        return transaction.execute(status -> store.replace(
                projectId,
                groups.stream()
                        .map(g -> new CandidateStore.Found(g, presentations))
                        .toList()));
    }
}
