package org.credence.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.credence.document.DocumentTexts;
import org.credence.document.SearchableText;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each project's {@link TermWeights}, counted over its sentences the first time they are needed and kept
 * up to date as documents are embedded after that. Shared by the matcher ("Same claim elsewhere") and
 * claim discovery, so a project's words are counted once per node.
 */
@Component
public class ProjectTermWeights {

    /** Documents read at once when counting. */
    private static final int BATCH = 50;

    private final DocumentTexts texts;
    private final Map<Long, Counted> byProject = new ConcurrentHashMap<>();

    ProjectTermWeights(DocumentTexts texts) {
        this.texts = texts;
    }

    private record Counted(TermWeights weights, Set<Long> documents) {}

    /** The project's weights, counted now if this node has not counted them yet. */
    public TermWeights of(long projectId) {
        return byProject.computeIfAbsent(projectId, this::count).weights();
    }

    /** The project's weights counted afresh (a full discovery run starts from exact counts). */
    public TermWeights recounted(long projectId) {
        Counted fresh = count(projectId);
        byProject.put(projectId, fresh);
        return fresh.weights();
    }

    @EventListener
    void on(SentencesEmbedded embedded) {
        Counted counted = byProject.get(embedded.projectId());
        if (counted != null && counted.documents().add(embedded.documentId())) {
            texts.of(List.of(embedded.documentId())).forEach(t -> countSentences(counted.weights(), t));
        }
    }

    private Counted count(long projectId) {
        Counted counted = new Counted(new TermWeights(), ConcurrentHashMap.newKeySet());
        List<Long> ids = texts.idsIn(projectId);
        counted.documents().addAll(ids);
        for (int from = 0; from < ids.size(); from += BATCH) {
            texts.of(ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .forEach(t -> countSentences(counted.weights(), t));
        }
        return counted;
    }

    private static void countSentences(TermWeights weights, SearchableText document) {
        Sentences.of(document.text()).forEach(s -> weights.count(s.text()));
    }
}
