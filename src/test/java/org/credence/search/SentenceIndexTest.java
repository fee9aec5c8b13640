package org.credence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared-words query behind "Same claim elsewhere": which sentences it finds, and in what order. */
class SentenceIndexTest {

    private final SentenceIndex index = new SentenceIndex();

    private static final String STATEMENT =
            "Officials said the bridge collapsed on Tuesday morning and at least twelve people were killed.";

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    private static final long PROJECT_ID = 1L;

    private void add(long documentId, String text) {
        add(documentId, PROJECT_ID, text);
    }

    private void add(long documentId, long projectId, String text) {
        index.add(List.of(new IndexedDocument(documentId, projectId, null, text)));
    }

    private List<SentenceHit> search(Query query) {
        return index.search(query, List.of(LongPoint.newExactQuery(SentenceIndex.PROJECT, PROJECT_ID)), 10);
    }

    @Test
    void a_projects_scores_do_not_move_when_another_project_imports_documents_with_the_same_words() {
        add(1, "The bridge collapsed on Tuesday morning, officials said.");
        add(2, "Twelve people were killed when the bridge fell.");
        add(3, "The ferry sank on Tuesday.");
        List<SentenceHit> before = search(index.someOfTheTerms(STATEMENT, 0.3, "the bridge collapsed", PROJECT_ID));

        // Another investigation where "bridge" is everywhere and "killed" nowhere: in one shared field its
        // word counts would make "bridge" common and "killed" rare for the first project too.
        for (long id = 10; id < 40; id++) {
            add(id, 2L, "The bridge collapsed on Tuesday morning at the bridge " + id + ", officials said.");
        }
        List<SentenceHit> after = search(index.someOfTheTerms(STATEMENT, 0.3, "the bridge collapsed", PROJECT_ID));

        assertThat(after).extracting(SentenceHit::documentId).containsExactly(1L, 2L);
        assertThat(after)
                .extracting(SentenceHit::documentId)
                .containsExactlyElementsOf(
                        before.stream().map(SentenceHit::documentId).toList());
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).score()).isEqualTo(before.get(i).score());
        }
    }

    @Test
    void a_projects_query_never_finds_another_projects_sentences_even_without_the_project_filter() {
        add(1, "The bridge collapsed on Tuesday morning, officials said.");
        add(2, 2L, "The bridge collapsed on Tuesday morning, officials said.");

        List<SentenceHit> unfiltered = index.search(index.terms("bridge collapsed", PROJECT_ID), List.of(), 10);

        assertThat(unfiltered).extracting(SentenceHit::documentId).containsExactly(1L);
        assertThat(unfiltered.get(0).highlights()).hasSize(2);
    }

    @Test
    void the_highlighted_words_rank_a_sentence_that_shares_them_above_one_sharing_as_many_other_words() {
        add(1, "The bridge collapsed on Tuesday morning, officials said.");
        add(2, "At least twelve people were killed, officials said.");

        List<SentenceHit> favouringTheCollapse =
                search(index.someOfTheTerms(STATEMENT, 0.3, "the bridge collapsed on Tuesday morning", PROJECT_ID));
        List<SentenceHit> favouringTheToll =
                search(index.someOfTheTerms(STATEMENT, 0.3, "at least twelve people were killed", PROJECT_ID));

        assertThat(favouringTheCollapse).extracting(SentenceHit::documentId).containsExactly(1L, 2L);
        assertThat(favouringTheToll).extracting(SentenceHit::documentId).containsExactly(2L, 1L);
    }

    @Test
    void a_sentence_scores_what_its_words_score_for_the_sentence_plus_what_they_score_for_the_highlight() {
        add(1, "The bridge collapsed on Tuesday morning, officials said, and twelve died.");
        add(2, "Twelve people were killed when the bridge fell, officials said.");
        add(3, "Officials said the bridge collapsed and twelve people were killed on Tuesday.");
        String quote = "the bridge collapsed on Tuesday";

        // The ranking as a required query for the sentence and an optional one for the highlight: the
        // same scores, from one query that Lucene can prune (see SentenceIndex#someOfTheTerms).
        Query twoQueries = new BooleanQuery.Builder()
                .add(index.someOfTheTerms(STATEMENT, 0.3, PROJECT_ID), BooleanClause.Occur.MUST)
                .add(index.terms(quote, PROJECT_ID), BooleanClause.Occur.SHOULD)
                .build();
        List<SentenceHit> expected = search(twoQueries);
        List<SentenceHit> actual = search(index.someOfTheTerms(STATEMENT, 0.3, quote, PROJECT_ID));

        assertThat(actual)
                .extracting(SentenceHit::documentId)
                .containsExactlyElementsOf(
                        expected.stream().map(SentenceHit::documentId).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).score()).isCloseTo(expected.get(i).score(), within(1e-4f));
        }
    }

    @Test
    void a_word_the_sentence_has_twice_gains_the_highlights_weight_once_in_all() {
        add(1, "Killed, killed, killed: twelve people were killed at the bridge.");
        String sentence = "Twelve killed, and the toll of those killed may rise.";

        Query twoQueries = new BooleanQuery.Builder()
                .add(index.someOfTheTerms(sentence, 0.3, PROJECT_ID), BooleanClause.Occur.MUST)
                .add(index.terms("killed", PROJECT_ID), BooleanClause.Occur.SHOULD)
                .build();

        assertThat(search(index.someOfTheTerms(sentence, 0.3, "killed", PROJECT_ID))
                        .get(0)
                        .score())
                .isCloseTo(search(twoQueries).get(0).score(), within(1e-4f));
    }

    @Test
    void a_one_word_text_highlighted_counts_its_word_twice_as_the_two_query_form_did() {
        add(1, "Twelve people were killed.");

        Query twoQueries = new BooleanQuery.Builder()
                .add(index.someOfTheTerms("killed", 0.3, PROJECT_ID), BooleanClause.Occur.MUST)
                .add(index.terms("killed", PROJECT_ID), BooleanClause.Occur.SHOULD)
                .build();

        assertThat(search(index.someOfTheTerms("killed", 0.3, "killed", PROJECT_ID))
                        .get(0)
                        .score())
                .isCloseTo(search(twoQueries).get(0).score(), within(1e-4f))
                .isGreaterThan(search(index.someOfTheTerms("killed", 0.3, PROJECT_ID))
                                .get(0)
                                .score()
                        * 1.5f);
    }

    @Test
    void sharing_a_highlighted_word_alone_is_not_enough_to_be_found() {
        add(1, "Twelve cyclists rode across the county on Sunday.");
        add(2, "Officials said the bridge collapsed on Tuesday morning.");

        List<SentenceHit> hits =
                search(index.someOfTheTerms(STATEMENT, 0.3, "at least twelve people were killed", PROJECT_ID));

        assertThat(hits).extracting(SentenceHit::documentId).containsExactly(2L);
    }
}
