package org.credence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How two models' vectors are joined into one, and that the real pair runs here (no network). */
class SentenceEncoderTest {

    @Test
    void the_cosine_of_two_joined_vectors_is_the_weighted_mean_of_the_two_models_cosines() {
        float[] a1 = {3, 4, 0};
        float[] a2 = {4, 3, 0}; // cosine 24/25 with a1
        float[] b1 = {1, 0};
        float[] b2 = {0, 2}; // cosine 0 with b1 (and not of unit length: joining normalises)

        float[] first = SentenceEncoder.joined(a1, b1, 0.3);
        float[] second = SentenceEncoder.joined(a2, b2, 0.3);

        assertThat(first).hasSize(5);
        assertThat(dot(first, first)).as("a unit vector").isCloseTo(1.0, within(1e-6));
        assertThat(dot(first, second)).isCloseTo(0.3 * 24 / 25 + 0.7 * 0, within(1e-6));
    }

    @Test
    void a_sentence_becomes_one_unit_vector_of_both_models_and_a_paraphrase_is_nearer_than_another_claim() {
        float[] claim = SentenceEncoder.encode("At least 12 people were killed when the bridge collapsed.");
        float[] paraphrase = SentenceEncoder.encode("The collapse of the bridge left a dozen people dead.");
        float[] other = SentenceEncoder.encode("The council said it would repaint the town hall next spring.");

        assertThat(claim).hasSize(SentenceEncoder.DIMENSIONS);
        assertThat(dot(claim, claim)).isCloseTo(1.0, within(1e-4));
        assertThat(dot(claim, paraphrase)).isGreaterThan(dot(claim, other));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
