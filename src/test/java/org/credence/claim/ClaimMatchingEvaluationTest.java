package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.base.domain.CodePoints;
import org.credence.base.domain.TextSpan;
import org.credence.document.DocumentService;
import org.credence.project.ProjectService;
import org.credence.search.SearchService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Measures "same claim elsewhere" on the held-out evaluation set in src/test/resources/claims-eval (three
 * invented stories, each told by six outlets, written by a separate session that never saw the matcher,
 * and never used to tune it). Every gold member in turn is labelled and asks for ten suggestions; the
 * other members of its claim are what it should find. Recall@5, recall@10 and MRR for the shared-words,
 * the meaning and the fused ranking are printed and written to target/claims-evaluation.md (copied into
 * docs/claims-evaluation.md). All stories sit in one project, so each story's sentences compete with the
 * others'. The assertion only guards against the fused ranking falling behind the shared-words one.
 */
@TestPropertySource(properties = "credence.semantic.enabled=true")
class ClaimMatchingEvaluationTest extends AbstractServiceTest {

    static final Path SET = Path.of("src/test/resources/claims-eval");

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

    record Member(long documentId, TextSpan span) {}

    record Score(double recallAt5, double recallAt10, double reciprocalRank) {}

    @Test
    void the_fused_ranking_finds_the_held_out_claims_at_least_as_well_as_shared_words() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(SET.resolve("gold.json").toFile());
        signIn("admin", Role.ADMIN);
        long project =
                projects.create("Evaluation " + UUID.randomUUID(), null, null).id();
        signInTo(project, "reviewer1", Role.REVIEWER);
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> stored = new HashMap<>();
        for (JsonNode story : gold.get("stories")) {
            for (JsonNode claim : story.get("claims")) {
                for (JsonNode member : claim.get("members")) {
                    String file = member.get("file").asText();
                    if (!ids.containsKey(file)) {
                        long id = documents
                                .importFile(file, Files.readAllBytes(SET.resolve(file)), "evaluation")
                                .documentId();
                        ids.put(file, id);
                        stored.put(file, documents.get(id).text());
                    }
                }
            }
        }
        importTheRest(ids, stored);
        await().atMost(Duration.ofMinutes(5)).until(() -> search.semanticBacklog() == 0);

        Map<ClaimMatcher.Ranking, List<Score>> scores = new EnumMap<>(ClaimMatcher.Ranking.class);
        int claims = 0;
        for (JsonNode story : gold.get("stories")) {
            for (JsonNode claim : story.get("claims")) {
                claims++;
                List<Member> members = new ArrayList<>();
                for (JsonNode m : claim.get("members")) {
                    members.add(locate(
                            ids,
                            stored,
                            m.get("file").asText(),
                            m.get("sentence").asText()));
                }
                for (Member query : members) {
                    long statement = annotations
                            .add(
                                    query.documentId(),
                                    query.span().start(),
                                    query.span().end(),
                                    Label.UNCONFIRMED)
                            .id();
                    List<Member> relevant =
                            members.stream().filter(m -> m != query).toList();
                    for (ClaimMatcher.Ranking ranking : ClaimMatcher.Ranking.values()) {
                        List<MatchSuggestion> found = matcher.suggestions(statement, 10, ranking);
                        scores.computeIfAbsent(ranking, r -> new ArrayList<>()).add(score(found, relevant));
                    }
                    annotations.delete(statement);
                }
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
                        "%d stories, %d documents, %d claims, %d queries (each gold member asks for ten suggestions)%n%n",
                        gold.get("stories").size(),
                        ids.size(),
                        claims,
                        scores.get(ClaimMatcher.Ranking.HYBRID).size())
                + table;
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/claims-evaluation.md"), report, StandardCharsets.UTF_8);

        assertThat(recallAt5.get(ClaimMatcher.Ranking.HYBRID))
                .isGreaterThanOrEqualTo(recallAt5.get(ClaimMatcher.Ranking.LEXICAL));
    }

    /** Files of the set that hold no gold member still compete as distractors. */
    private void importTheRest(Map<String, Long> ids, Map<String, String> stored) throws IOException {
        try (var stories = Files.list(SET)) {
            for (Path story : stories.filter(Files::isDirectory).sorted().toList()) {
                try (var files = Files.list(story)) {
                    for (Path file : files.sorted().toList()) {
                        String name = story.getFileName() + "/" + file.getFileName();
                        if (!ids.containsKey(name)) {
                            long id = documents
                                    .importFile(name, Files.readAllBytes(file), "evaluation")
                                    .documentId();
                            ids.put(name, id);
                            stored.put(name, documents.get(id).text());
                        }
                    }
                }
            }
        }
    }

    private static Member locate(Map<String, Long> ids, Map<String, String> stored, String file, String sentence) {
        String text = stored.get(file);
        int at = text.indexOf(sentence);
        assertThat(at).as(sentence + " in " + file).isNotNegative();
        long id = ids.get(file);
        return new Member(
                id,
                new TextSpan(id, CodePoints.fromUtf16(text, at), CodePoints.fromUtf16(text, at + sentence.length())));
    }

    private static Score score(List<MatchSuggestion> found, List<Member> relevant) {
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
