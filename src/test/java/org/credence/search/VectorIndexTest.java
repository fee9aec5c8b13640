package org.credence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The vector index alone, with vectors made by hand (no model). */
class VectorIndexTest {

    private final VectorIndex index = new VectorIndex();

    @AfterEach
    void removeTheIndexFolder() throws Exception {
        index.destroy();
    }

    @Test
    void nearest_leaves_out_the_excluded_document_even_when_all_of_its_sixty_sentences_are_nearer() {
        index.add(List.of(
                document(1, 7, 60, 0.01f), // the statement's own document: sixty sentences nearest of all
                document(2, 7, 5, 0.5f),
                document(3, 8, 5, 0.0f))); // another project: identical vectors, never seen

        List<SentenceHit> hits = index.nearest(axis(0, 0), 7, 1, 3);

        assertThat(hits)
                .hasSize(3)
                .allSatisfy(hit -> assertThat(hit.documentId()).isEqualTo(2));
        assertThat(index.nearest(axis(0, 0), 7, 2, 3))
                .as("excluding the other document instead")
                .hasSize(3)
                .allSatisfy(hit -> assertThat(hit.documentId()).isEqualTo(1));
        assertThat(index.nearestWithVectors(axis(0, 0), 7, 1, 10))
                .as("fewer than asked: all the project has elsewhere")
                .hasSize(5)
                .allSatisfy(n -> assertThat(n.hit().documentId()).isEqualTo(2));
    }

    @Test
    void the_graph_search_itself_leaves_the_document_out_in_every_segment_and_finds_the_nearest_others() {
        // Enough sentences that Lucene walks the graph rather than comparing them all, added in several
        // batches (several segments); the excluded document's sixty sentences sit closest to the query.
        index.add(List.of(document(1, 7, 60, 0.01f)));
        for (long id = 2; id < 80; id += 2) {
            index.add(List.of(document(id, 7, 30, 0.2f + id * 0.01f), document(id + 1, 7, 30, 0.9f)));
        }

        List<SentenceHit> hits = index.nearest(axis(0, 0), 7, 1, 12);

        assertThat(hits)
                .hasSize(12)
                .noneSatisfy(hit -> assertThat(hit.documentId()).isEqualTo(1));
        assertThat(hits)
                .as("the twelve nearest outside it are all document 2's (its 30 sentences come next)")
                .allSatisfy(hit -> assertThat(hit.documentId()).isEqualTo(2));
        assertThat(index.nearest(axis(0, 0), 7, 2, 12))
                .as("excluding document 2 instead: document 1's sentences come first")
                .hasSize(12)
                .allSatisfy(hit -> assertThat(hit.documentId()).isEqualTo(1));
    }

    @Test
    void a_bulk_load_is_searched_as_one_segment_once_compacted_and_finds_the_same() {
        for (long id = 1; id <= 40; id++) {
            index.add(List.of(document(id, 7, 20, id * 0.01f))); // one segment each, as embedding at import does
        }
        List<SentenceHit> before = index.nearest(axis(0, 0), 7, 1, 5);
        assertThat(before).hasSize(5);
        assertThat(index.segments()).isGreaterThan(1);

        index.compactInBackground();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !index.compacting());

        assertThat(index.segments()).isEqualTo(1);
        assertThat(index.nearest(axis(0, 0), 7, 1, 5)).isEqualTo(before);
    }

    @Test
    void documents_added_unseen_are_found_after_one_refresh() {
        index.addUnseen(List.of(document(1, 7, 3, 0.1f), document(2, 7, 3, 0.2f)));
        assertThat(index.nearest(axis(0, 0), 7, 1, 3)).isEmpty();

        index.refresh();

        assertThat(index.nearest(axis(0, 0), 7, 1, 3))
                .hasSize(3)
                .allSatisfy(hit -> assertThat(hit.documentId()).isEqualTo(2));
    }

    @Test
    void a_documents_centroid_is_the_mean_of_its_sentence_vectors_and_unknown_documents_have_none() {
        float[] first = new float[SentenceEncoder.DIMENSIONS];
        float[] second = new float[SentenceEncoder.DIMENSIONS];
        first[0] = 1;
        second[1] = 1;
        index.add(List.of(new VectorIndex.EmbeddedDocument(
                5,
                7,
                null,
                List.of(new VectorIndex.Unit(0, 9, "One.", first), new VectorIndex.Unit(10, 19, "Two.", second)))));

        float[] centroid = index.documentCentroid(5);

        assertThat(centroid[0]).isEqualTo(0.5f);
        assertThat(centroid[1]).isEqualTo(0.5f);
        assertThat(centroid[2]).isZero();
        assertThat(index.documentCentroid(6)).isNull();
        assertThat(index.centroid(7))
                .as("the project's centre is the same mean here")
                .containsExactly(centroid);
    }

    private static VectorIndex.EmbeddedDocument document(long id, long project, int sentences, float distance) {
        List<VectorIndex.Unit> units = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            units.add(new VectorIndex.Unit(
                    i * 10, i * 10 + 9, "Sentence " + i + " of " + id, axis(1 + (int) (id % 3), distance + i * 1e-4f)));
        }
        return new VectorIndex.EmbeddedDocument(id, project, null, units);
    }

    /** The first axis, tilted towards another by {@code tilt}. */
    private static float[] axis(int other, float tilt) {
        float[] v = new float[SentenceEncoder.DIMENSIONS];
        v[0] = 1;
        v[other] += tilt;
        return v;
    }
}
