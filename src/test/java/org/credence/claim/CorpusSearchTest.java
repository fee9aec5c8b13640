package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search across documents and statements with its filters, on documents written for the test. */
class CorpusSearchTest extends AbstractServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    CorpusSearch search;

    @org.springframework.beans.factory.annotation.Autowired
    DocumentService documents;

    @org.springframework.beans.factory.annotation.Autowired
    AnnotationService annotations;

    @org.springframework.beans.factory.annotation.Autowired
    ClaimService claims;

    @org.springframework.beans.factory.annotation.Autowired
    org.credence.review.ReviewService reviews;

    String word;
    long first;
    long second;

    @BeforeEach
    void twoDocuments() {
        word = "Melvor" + UUID.randomUUID().toString().substring(0, 6);
        first = TestCorpus.importText(
                documents, "Heading\nThe " + word + " bridge was closed by the army.\nNothing else.");
        second = TestCorpus.importText(documents, "Other heading\nTraffic crossed the " + word + " bridge at noon.");
    }

    @Test
    void words_find_their_sentences_with_the_matched_words_marked() {
        List<SearchHit> hits = search.search(word + " bridge", Set.of(), Set.of(), null, 10);

        assertThat(hits).extracting(SearchHit::documentId).contains(first, second);
        SearchHit hit =
                hits.stream().filter(h -> h.documentId() == first).findFirst().orElseThrow();
        assertThat(hit.text()).isEqualTo("The " + word + " bridge was closed by the army.");
        assertThat(hit.highlights())
                .extracting(r -> hit.text().substring(r[0], r[1]))
                .containsExactly(word, "bridge");
        assertThat(hit.start()).isEqualTo("Heading\n".length());
    }

    @Test
    void label_and_claim_filters_keep_only_sentences_with_such_statements() {
        signIn("reviewer1", Role.REVIEWER);
        StatementView disputed = annotations.add(
                first,
                "Heading\n".length(),
                "Heading\nThe ".length() + word.length() + " bridge was closed".length(),
                Label.DISPUTED);
        ClaimView claim = claims.createFromStatement(disputed.id());

        assertThat(search.search(word, Set.of(Label.DISPUTED), Set.of(), null, 10))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.documentId()).isEqualTo(first);
                    assertThat(h.labels()).containsExactly(Label.DISPUTED);
                    assertThat(h.claimIds()).containsExactly(claim.id());
                });
        assertThat(search.search(word, Set.of(Label.CONFIRMED), Set.of(), null, 10))
                .isEmpty();
        assertThat(search.search(word, Set.of(), Set.of(), claim.id(), 10))
                .extracting(SearchHit::documentId)
                .containsExactly(first);
        assertThat(search.search(word, Set.of(), Set.of(-1L), null, 10)).isEmpty();
    }

    /** Issue #15: search showed the reviewer's label an editor had overruled. */
    @Test
    void a_decided_statement_is_found_and_shown_by_its_gold_label() {
        signIn("reviewer1", Role.REVIEWER);
        StatementView unconfirmed = annotations.add(
                first,
                "Heading\n".length(),
                "Heading\nThe ".length() + word.length() + " bridge was closed".length(),
                Label.UNCONFIRMED);
        signIn("editor", Role.EDITOR);
        reviews.decide(
                unconfirmed.id(), -1, org.credence.review.DecisionKind.OVERRIDE, Label.DISPUTED, "Denied by the army");

        assertThat(search.search(word, Set.of(Label.DISPUTED), Set.of(), null, 10))
                .singleElement()
                .satisfies(h -> assertThat(h.labels()).containsExactly(Label.DISPUTED));
        assertThat(search.search(word, Set.of(Label.UNCONFIRMED), Set.of(), null, 10))
                .isEmpty();
    }

    @Test
    void an_empty_or_unparsable_query_finds_nothing_instead_of_failing() {
        assertThat(search.search("   ", Set.of(), Set.of(), null, 10)).isEmpty();
        assertThat(search.search("\"unclosed -", Set.of(), Set.of(), null, 10)).isNotNull();
    }
}
