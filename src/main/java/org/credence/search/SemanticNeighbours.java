package org.credence.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.document.DocumentTexts;
import org.credence.document.SearchableText;
import org.springframework.stereotype.Component;

/**
 * What claim discovery clusters: a document's sentences with their stored vectors, and the sentences
 * nearest to one in meaning, across the documents of one project. Callers pass the project explicitly:
 * discovery runs in the background, for the project it was started in.
 */
@Component
public class SemanticNeighbours {

    private final SemanticIndex semantic;
    private final VectorIndex vectors;
    private final SentenceEmbeddingRepository embeddings;
    private final DocumentTexts texts;

    SemanticNeighbours(
            SemanticIndex semantic, VectorIndex vectors, SentenceEmbeddingRepository embeddings, DocumentTexts texts) {
        this.semantic = semantic;
        this.vectors = vectors;
        this.embeddings = embeddings;
        this.texts = texts;
    }

    /** One sentence of a document with its embedding; offsets in code points. */
    public record EmbeddedSentence(long documentId, Long sourceId, int start, int end, String text, float[] vector) {}

    public boolean enabled() {
        return semantic.enabled();
    }

    /**
     * Documents this node has still to embed: discovery waits for them. Asking starts the embedding at
     * once, also before the app is ready (a discovery run from the command line comes before that).
     */
    public int backlog() {
        semantic.startNow();
        return semantic.backlog();
    }

    /** The documents' embedded sentences, in document and text order (documents not yet embedded have none). */
    public List<EmbeddedSentence> sentencesOf(Collection<Long> documentIds) {
        Map<Long, List<SentenceEmbedding>> byDocument = new LinkedHashMap<>();
        embeddings
                .findByDocumentIdInAndModelOrderByStartAsc(documentIds, SentenceEncoder.MODEL)
                .forEach(row -> byDocument
                        .computeIfAbsent(row.getDocumentId(), d -> new ArrayList<>())
                        .add(row));
        List<EmbeddedSentence> sentences = new ArrayList<>();
        for (SearchableText document : texts.of(byDocument.keySet())) {
            String text = document.text();
            for (SentenceEmbedding row : byDocument.get(document.id())) {
                sentences.add(new EmbeddedSentence(
                        document.id(),
                        document.sourceId(),
                        row.getStart(),
                        row.getEnd(),
                        text.substring(
                                text.offsetByCodePoints(0, row.getStart()), text.offsetByCodePoints(0, row.getEnd())),
                        row.vector()));
            }
        }
        return sentences;
    }

    /**
     * The {@code k} sentences of the project nearest in meaning to the vector, outside one document,
     * nearest first; {@link SentenceHit#score()} is the cosine similarity.
     */
    public List<SentenceHit> nearest(float[] vector, long projectId, long excludedDocumentId, int k) {
        semantic.catchUp();
        return vectors.nearest(vector, projectId, excludedDocumentId, k);
    }

    /**
     * What every sentence of the project shares (its mean vector): in a corpus about one story it is the
     * story itself, which makes any two of its sentences look alike until it is taken out.
     */
    public float[] centroid(long projectId) {
        semantic.catchUp();
        return vectors.centroid(projectId);
    }

    /** A sentence near another, with its vector. */
    public record Neighbour(SentenceHit hit, float[] vector) {}

    /** As {@link #nearest}, with each sentence's vector. */
    public List<Neighbour> nearestWithVectors(float[] vector, long projectId, long excludedDocumentId, int k) {
        semantic.catchUp();
        return vectors.nearestWithVectors(vector, projectId, excludedDocumentId, k).stream()
                .map(n -> new Neighbour(n.hit(), n.vector()))
                .toList();
    }

    /** Embeds texts that are not stored (parts of sentences), with the same model as the stored vectors. */
    public static List<float[]> encode(List<String> texts) {
        return SentenceEncoder.encode(texts);
    }

    /** Cosine similarity of two embeddings. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Cosine similarity of two embeddings after taking {@code centre} out of both. */
    public static double centredCosine(float[] a, float[] b, float[] centre) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            double x = a[i] - centre[i];
            double y = b[i] - centre[i];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
