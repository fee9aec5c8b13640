package org.credence.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from two small sentence models that ship inside their Maven artifacts and run
 * in-process through ONNX Runtime (no network, no GPU): all-MiniLM-L6-v2 and BGE-small-en-v1.5, both
 * quantized, 384 dimensions each. A sentence's vector is the two models' unit vectors side by side,
 * scaled by the square roots of their weights, so that the cosine of two such vectors is the weighted
 * mean of the two models' cosines, and Lucene's index, the project's centre and everything built on
 * cosines work on the pair unchanged. Two models see different paraphrases: on the development set
 * (claims-dev) the pair found what neither found alone (see docs/claims-evaluation.md, fourth round).
 * One pair of models per JVM: loading them (about three seconds) once is enough however many application
 * contexts a test run holds.
 */
final class SentenceEncoder {

    /** Stored with every vector, so vectors of another model (or weighting) never mix with these. */
    static final String MODEL = "all-minilm-l6-v2-q+bge-small-en-v15-q@0.3";

    /** MiniLM's share of a cosine; BGE has the rest (claims-dev: 0.2 / 0.3 / 0.4 gave 0.873 / 0.877 / 0.866). */
    static final double FIRST_MODEL_WEIGHT = 0.3;

    static final int DIMENSIONS = 768;

    private SentenceEncoder() {}

    /**
     * One inference at a time in the whole JVM. langchain4j's default runs a batch's sentences on a
     * thread pool at once, and a 10,000-document benchmark crashed the JVM inside ONNX Runtime's
     * {@code OrtSession.run} (SIGSEGV in its JNI code, on one of those pool threads, while queries ran on
     * others). ONNX Runtime spreads each inference over both cores by itself, so little is lost.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    private static final class Holder {
        /** Each runs a batch in the calling thread, sentence after sentence, instead of on its own pool. */
        static final EmbeddingModel FIRST = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);

        static final EmbeddingModel SECOND = new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
    }

    /** Loads the models now (a background thread calls this at start-up), so the first query does not wait. */
    static void load() {
        Holder.FIRST.dimension();
        Holder.SECOND.dimension();
    }

    static float[] encode(String text) {
        float[] first;
        float[] second;
        synchronized (ONE_AT_A_TIME) {
            first = Holder.FIRST.embed(text).content().vector();
            second = Holder.SECOND.embed(text).content().vector();
        }
        return joined(first, second, FIRST_MODEL_WEIGHT);
    }

    /**
     * {@code √w·a/|a|} followed by {@code √(1−w)·b/|b|}: a unit vector whose dot product with another
     * such vector is {@code w·cos(a, a′) + (1−w)·cos(b, b′)}.
     */
    static float[] joined(float[] a, float[] b, double firstWeight) {
        float[] joined = new float[a.length + b.length];
        double scaleA = Math.sqrt(firstWeight) / norm(a);
        double scaleB = Math.sqrt(1 - firstWeight) / norm(b);
        for (int i = 0; i < a.length; i++) {
            joined[i] = (float) (a[i] * scaleA);
        }
        for (int i = 0; i < b.length; i++) {
            joined[a.length + i] = (float) (b[i] * scaleB);
        }
        return joined;
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float x : vector) {
            sum += x * x;
        }
        return sum == 0 ? 1 : Math.sqrt(sum);
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
