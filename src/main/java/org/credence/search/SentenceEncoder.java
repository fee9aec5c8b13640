package org.credence.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), a 384-dimension sentence model that ships
 * inside its Maven artifact and runs in-process through ONNX Runtime: no network, no GPU, about a
 * millisecond a sentence on two cores (ONNX Runtime spreads one inference over both). One model per JVM:
 * and loading it (about 1.4 s) once is enough however many application contexts a test run holds.
 */
final class SentenceEncoder {

    /** Stored with every vector, so a later model never mixes with this one's. */
    static final String MODEL = "all-minilm-l6-v2-q";

    static final int DIMENSIONS = 384;

    private SentenceEncoder() {}

    /**
     * One inference at a time in the whole JVM. langchain4j's default runs a batch's sentences on a
     * thread pool at once, and a 10,000-document benchmark crashed the JVM inside ONNX Runtime's
     * {@code OrtSession.run} (SIGSEGV in its JNI code, on one of those pool threads, while queries ran on
     * others). ONNX Runtime spreads each inference over both cores by itself, so little is lost.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    private static final class Holder {
        /** Runs a batch in the calling thread, sentence after sentence, instead of on its own pool. */
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    /** Loads the model now (a background thread calls this at start-up), so the first query does not wait. */
    static void load() {
        Holder.MODEL.dimension();
    }

    static float[] encode(String text) {
        synchronized (ONE_AT_A_TIME) {
            return Holder.MODEL.embed(text).content().vector();
        }
    }

    /** Sentence by sentence, so that a reader's query waits for one sentence of a long backlog, not for all. */
    static List<float[]> encode(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(encode(text));
        }
        return vectors;
    }
}
