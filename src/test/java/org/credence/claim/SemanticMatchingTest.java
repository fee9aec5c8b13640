package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.base.domain.CodePoints;
import org.credence.document.DocumentService;
import org.credence.project.ProjectService;
import org.credence.search.SearchService;
import org.credence.search.SentenceSpan;
import org.credence.search.Sentences;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The issue's own examples in the seed corpus (issue #14): the same claim told with other words and
 * other figures is proposed, with the reasons why. The seeds are imported into a project of their own,
 * so on PostgreSQL, where every test shares one database, no other test's documents compete.
 */
@TestPropertySource(properties = "credence.semantic.enabled=true")
class SemanticMatchingTest extends AbstractServiceTest {

    static final List<String> SEEDS = TestCorpus.SEEDS;

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ClaimMatcher matcher;

    @Autowired
    ProjectService projects;

    @Autowired
    SearchService search;

    final Map<String, Long> seed = new HashMap<>();

    @BeforeEach
    void seedsInAProjectOfTheirOwn() {
        signIn("admin", Role.ADMIN);
        long project = projects.create("Seeds " + UUID.randomUUID(), null, null).id();
        signInTo(project, "reviewer1", Role.REVIEWER, Role.EDITOR);
        for (String file : SEEDS) {
            seed.put(
                    file,
                    documents.importFile(file, TestCorpus.seed(file), "test").documentId());
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> search.semanticBacklog() == 0);
    }

    @Test
    void a_fighter_count_finds_the_other_counts_with_other_numbers() {
        List<MatchSuggestion> found = suggestionsFor("000_244b2b9ce906f99e.txt", "between 500 and 1,200 fighters");

        assertThat(found).anySatisfy(s -> {
            assertThat(s.documentId()).isEqualTo(seed.get("001_f113e6a3b938ad3c.txt"));
            assertThat(s.exact()).contains("thought to number up to 2,200");
            assertThat(s.why().sameFigureKinds()).contains("count");
        });
        assertThat(found)
                .anySatisfy(s -> assertThat(s.exact()).contains("ISIS-K had “between 500 and 1,200 fighters”"));
    }

    @Test
    void a_founding_year_finds_the_other_year() {
        List<MatchSuggestion> found = suggestionsFor("000_244b2b9ce906f99e.txt", "Since 2014");

        assertThat(found).anySatisfy(s -> {
            assertThat(s.exact()).startsWith("Founded in 2015");
            assertThat(s.why().similarity()).isNotNull();
        });
    }

    @Test
    void unconfirmed_reports_of_an_execution_find_the_reports_told_in_other_words() {
        List<MatchSuggestion> found = suggestionsFor(
                "000_244b2b9ce906f99e.txt",
                "unconfirmed reports of the Taliban executing at least one senior Isis-K figure");

        // "executing at least one senior figure" / "reportedly executed a senior commander": other words,
        // other hedging. (The Independent's "claimed to have removed the former head … executing him on the
        // spot" is not reliably its article's best sentence yet: issue #14's notes.)
        assertThat(found)
                .filteredOn(s -> s.exact().contains("reportedly executed a senior"))
                .extracting(MatchSuggestion::documentId)
                .contains(seed.get("001_f113e6a3b938ad3c.txt"), seed.get("003_d6d6020e59357bc8.txt"));
        assertThat(found).allSatisfy(s -> assertThat(s.why().describe()).isNotBlank());
    }

    @Test
    void a_statements_siblings_are_the_other_sentences_of_its_document_in_order_with_their_vectors() {
        long documentId = seed.get("000_244b2b9ce906f99e.txt");
        String stored = documents.get(documentId).text();
        String phrase = "between 500 and 1,200 fighters";
        int at = stored.indexOf(phrase);
        int start = CodePoints.fromUtf16(stored, at);
        int end = CodePoints.fromUtf16(stored, at + phrase.length());

        List<SearchService.SiblingSentence> siblings = search.siblingsOf(documentId, start, end);

        List<String> others = Sentences.of(stored).stream()
                .filter(u -> u.end() <= start || u.start() >= end)
                .map(SentenceSpan::text)
                .toList();
        assertThat(others).hasSizeGreaterThan(5);
        assertThat(siblings).extracting(SearchService.SiblingSentence::text).containsExactlyElementsOf(others);
        assertThat(siblings).allSatisfy(s -> assertThat(s.centredVector()).isNotEmpty());
    }

    @Test
    void a_document_shows_its_retelling_not_the_same_actors_other_claim_that_the_statements_outlet_also_made() {
        signInToNewProject("reviewer1", Role.REVIEWER);
        String statementDocument = "Convoy strike: what the ministry says\n\n"
                + "The defence ministry said it had received no notice of the aid convoy's route.\n\n"
                + "The defence ministry said it had received no request for comment on the air strike.\n\n"
                + "Aid workers said the trucks were clearly marked.";
        // One other outlet, so no third report's retelling can tell its two ministry sentences apart.
        String otherOutlet = "Ministry under pressure over convoy\n\n"
                + "The defence ministry said it had received no request to comment on the strike.\n\n"
                + "Officials insisted nobody had told them which road the aid trucks would take.\n\n"
                + "The charity has demanded an independent inquiry.";
        long statementDocumentId = TestCorpus.importText(documents, statementDocument);
        long otherOutletId = TestCorpus.importText(documents, otherOutlet);
        await().atMost(Duration.ofSeconds(120)).until(() -> search.semanticBacklog() == 0);
        String phrase = "The defence ministry said it had received no notice of the aid convoy's route.";
        int at = statementDocument.indexOf(phrase);
        StatementView statement = annotations.add(statementDocumentId, at, at + phrase.length(), Label.UNCONFIRMED);

        List<MatchSuggestion> found = matcher.suggestions(statement.id(), 5);

        assertThat(found)
                .filteredOn(s -> s.documentId() == otherOutletId)
                .singleElement()
                .satisfies(s -> assertThat(s.exact()).startsWith("Officials insisted nobody had told them"));
    }

    private List<MatchSuggestion> suggestionsFor(String file, String phrase) {
        long documentId = seed.get(file);
        String text = new String(TestCorpus.seed(file), StandardCharsets.UTF_8);
        String stored = documents.get(documentId).text();
        int at = stored.indexOf(phrase);
        assertThat(at)
                .as(phrase + " in " + file + " (" + text.length() + " chars)")
                .isNotNegative();
        StatementView statement = annotations.add(
                documentId,
                CodePoints.fromUtf16(stored, at),
                CodePoints.fromUtf16(stored, at + phrase.length()),
                Label.UNCONFIRMED);
        return matcher.suggestions(statement.id(), 5);
    }
}
