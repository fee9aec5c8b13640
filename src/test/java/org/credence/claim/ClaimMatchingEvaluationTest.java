package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.project.ProjectService;
import org.credence.search.SearchService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Measures "same claim elsewhere" on sets of invented stories, each told by six outlets and written by
 * separate sessions that never saw the matcher: the development set (src/test/resources/claims-dev), on
 * which the ranking's weights were chosen, and five held-out sets (claims-eval, -2 … -5), each written
 * when the one before had been measured too often to stay clean (docs/claims-evaluation.md). Every
 * gold member in turn is labelled and asks for ten suggestions; the other members of its claim are what
 * it should find. Recall@5, recall@10 and MRR for the shared-words, the meaning and the combined ranking
 * are printed and written to target/claims-evaluation-*.md (copied into docs/claims-evaluation.md). All
 * stories of a set sit in one project, so each story's sentences compete with the others'.
 */
@TestPropertySource(properties = "credence.semantic.enabled=true")
class ClaimMatchingEvaluationTest extends AbstractServiceTest {

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

    record Score(double recallAt5, double recallAt10, double reciprocalRank) {}

    @Test
    void on_the_development_set_the_combined_ranking_beats_each_kind_of_evidence_alone() throws IOException {
        Map<ClaimMatcher.Ranking, Double> recallAt5 = measure(ClaimsEvaluationSet.DEVELOPMENT, "development");

        assertThat(recallAt5.get(ClaimMatcher.Ranking.HYBRID))
                .isGreaterThan(recallAt5.get(ClaimMatcher.Ranking.SEMANTIC))
                .isGreaterThan(recallAt5.get(ClaimMatcher.Ranking.LEXICAL));
    }

    @Test
    void on_the_held_out_set_the_combined_ranking_finds_at_least_what_shared_words_find() throws IOException {
        combinedFindsAtLeastWhatSharedWordsFind(ClaimsEvaluationSet.HELD_OUT, "held-out");
    }

    @Test
    void on_the_second_held_out_set_the_combined_ranking_finds_at_least_what_shared_words_find() throws IOException {
        combinedFindsAtLeastWhatSharedWordsFind(ClaimsEvaluationSet.SECOND_HELD_OUT, "second-held-out");
    }

    @Test
    void on_the_third_held_out_set_the_combined_ranking_finds_at_least_what_shared_words_find() throws IOException {
        combinedFindsAtLeastWhatSharedWordsFind(ClaimsEvaluationSet.THIRD_HELD_OUT, "third-held-out");
    }

    @Test
    void on_the_fourth_held_out_set_the_combined_ranking_finds_at_least_what_shared_words_find() throws IOException {
        combinedFindsAtLeastWhatSharedWordsFind(ClaimsEvaluationSet.FOURTH_HELD_OUT, "fourth-held-out");
    }

    @Test
    void on_the_fifth_held_out_set_the_combined_ranking_finds_at_least_what_shared_words_find() throws IOException {
        combinedFindsAtLeastWhatSharedWordsFind(ClaimsEvaluationSet.FIFTH_HELD_OUT, "fifth-held-out");
    }

    /** What the build asserts on a set no weight was chosen on: the figures themselves go to the docs. */
    private void combinedFindsAtLeastWhatSharedWordsFind(Path set, String name) throws IOException {
        Map<ClaimMatcher.Ranking, Double> recallAt5 = measure(set, name);

        assertThat(recallAt5.get(ClaimMatcher.Ranking.HYBRID))
                .isGreaterThanOrEqualTo(recallAt5.get(ClaimMatcher.Ranking.LEXICAL));
    }

    /**
     * {@code -Dcredence.eval.misses=true} (through {@code -DargLine}) writes, for every set the run
     * measures, each query's combined suggestions and the members it missed to
     * target/claims-evaluation-*-misses.txt: what to read before changing the ranking. Run it with
     * {@code -Dtest=ClaimMatchingEvaluationTest#on_the_development*} only: reading a held-out set's misses
     * makes it a development set.
     */
    private static final boolean WRITE_MISSES = Boolean.getBoolean("credence.eval.misses");

    private Map<ClaimMatcher.Ranking, Double> measure(Path path, String name) throws IOException {
        signIn("admin", Role.ADMIN);
        long project =
                projects.create("Evaluation " + UUID.randomUUID(), null, null).id();
        signInTo(project, "reviewer1", Role.REVIEWER);
        ClaimsEvaluationSet set = ClaimsEvaluationSet.importInto(path, documents);
        await().atMost(Duration.ofMinutes(5)).until(() -> search.semanticBacklog() == 0);

        Map<ClaimMatcher.Ranking, List<Score>> scores = new EnumMap<>(ClaimMatcher.Ranking.class);
        StringBuilder misses = new StringBuilder();
        for (ClaimsEvaluationSet.GoldClaim claim : set.claims) {
            for (ClaimsEvaluationSet.Member query : claim.members()) {
                long statement = annotations
                        .add(
                                query.documentId(),
                                query.span().start(),
                                query.span().end(),
                                Label.UNCONFIRMED)
                        .id();
                List<ClaimsEvaluationSet.Member> relevant =
                        claim.members().stream().filter(m -> m != query).toList();
                for (ClaimMatcher.Ranking ranking : ClaimMatcher.Ranking.values()) {
                    List<MatchSuggestion> found = matcher.suggestions(statement, 10, ranking);
                    if (WRITE_MISSES && ranking == ClaimMatcher.Ranking.HYBRID) {
                        misses.append(misses(claim.id(), query, found, relevant));
                    }
                    scores.computeIfAbsent(ranking, r -> new ArrayList<>()).add(score(found, relevant));
                }
                annotations.delete(statement);
            }
        }

        StringBuilder table =
                new StringBuilder("| ranking | recall@5 | recall@10 | MRR |\n| --- | --- | --- | --- |\n");
        Map<ClaimMatcher.Ranking, Double> recallAt5 = new EnumMap<>(ClaimMatcher.Ranking.class);
        scores.forEach((ranking, list) -> {
            double r5 = list.stream().mapToDouble(Score::recallAt5).average().orElse(0);
            double r10 = list.stream().mapToDouble(Score::recallAt10).average().orElse(0);
            double mrr =
                    list.stream().mapToDouble(Score::reciprocalRank).average().orElse(0);
            recallAt5.put(ranking, r5);
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f |%n",
                    ranking.name().toLowerCase(Locale.ROOT),
                    r5,
                    r10,
                    mrr));
        });
        String report = String.format(
                        Locale.ROOT,
                        "%s set: %d stories, %d documents, %d claims, %d queries (each gold member asks for ten suggestions)%n%n",
                        name,
                        set.stories,
                        set.documentIds.size(),
                        set.claims.size(),
                        set.members())
                + table;
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/claims-evaluation-" + name + ".md"), report, StandardCharsets.UTF_8);
        if (WRITE_MISSES) {
            Files.writeString(
                    Path.of("target/claims-evaluation-" + name + "-misses.txt"), misses, StandardCharsets.UTF_8);
        }
        return recallAt5;
    }

    /**
     * One query: its suggestions, each marked HIT (a member), SAME (another sentence of a document that
     * has a member) or "-" (a document without one), then the members missed in the first five.
     */
    private static String misses(
            String claim,
            ClaimsEvaluationSet.Member query,
            List<MatchSuggestion> found,
            List<ClaimsEvaluationSet.Member> relevant) {
        StringBuilder out = new StringBuilder(claim + " | " + query.sentence() + "\n");
        for (int rank = 1; rank <= found.size(); rank++) {
            MatchSuggestion s = found.get(rank - 1);
            String mark = relevant.stream().anyMatch(m -> m.span().overlaps(s.documentId(), s.start(), s.end()))
                    ? "HIT "
                    : relevant.stream().anyMatch(m -> m.documentId() == s.documentId()) ? "SAME" : "-   ";
            out.append(
                    String.format(Locale.ROOT, "  %2d %s %.3f %s | %s%n", rank, mark, s.score(), s.exact(), s.why()));
        }
        relevant.stream()
                .filter(m ->
                        found.stream().limit(5).noneMatch(s -> m.span().overlaps(s.documentId(), s.start(), s.end())))
                .forEach(m -> out.append("  MISSED ").append(m.sentence()).append('\n'));
        return out.append('\n').toString();
    }

    private static Score score(List<MatchSuggestion> found, List<ClaimsEvaluationSet.Member> relevant) {
        int firstHit = 0;
        int at5 = 0;
        int at10 = 0;
        for (int rank = 1; rank <= found.size(); rank++) {
            MatchSuggestion s = found.get(rank - 1);
            boolean hit = relevant.stream().anyMatch(m -> m.span().overlaps(s.documentId(), s.start(), s.end()));
            if (hit) {
                firstHit = firstHit == 0 ? rank : firstHit;
                at10++;
                if (rank <= 5) {
                    at5++;
                }
            }
        }
        return new Score(
                (double) at5 / relevant.size(), (double) at10 / relevant.size(), firstHit == 0 ? 0 : 1.0 / firstHit);
    }
}
