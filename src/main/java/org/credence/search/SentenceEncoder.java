package org.credence.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), a 384-dimension sentence model that ships
 * inside its Maven artifact and runs in-process through ONNX Runtime: no network, no GPU, about a
 * millisecond a sentence in batches on two cores. One model per JVM: it is stateless and thread-safe,
 * and loading it (about 1.4 s) once is enough however many application contexts a test run holds.
 */
final class SentenceEncoder {

    /** Stored with every vector, so a later model never mixes with this one's. */
    static final String MODEL = "all-minilm-l6-v2-q";

    static final int DIMENSIONS = 384;
    private static final int BATCH = 64;

    private SentenceEncoder() {}

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** Loads the model now (a background thread calls this at start-up), so the first query does not wait. */
    static void load() {
        Holder.MODEL.dimension();
    }

    static float[] encode(String text) {
        return Holder.MODEL.embed(text).content().vector();
    }

    static List<float[]> encode(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextSegment::from)
                    .toList();
            for (Embedding embedding : Holder.MODEL.embedAll(batch).content()) {
                vectors.add(embedding.vector());
            }
        }
        return vectors;
    }
}
