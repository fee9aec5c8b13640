package org.credence.discovery;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.credence.claim.Figure;
import org.credence.claim.FigureParser;
import org.credence.search.ProjectTermWeights;
import org.credence.search.SemanticNeighbours;
import org.credence.search.SemanticNeighbours.EmbeddedSentence;
import org.credence.search.SentenceHit;
import org.credence.search.TermWeights;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds groups of places in different documents of a project that state the same thing. Each part of a
 * sentence that can carry a claim ({@link ClaimUnits}) asks the vector index for the sentences nearest
 * to it elsewhere; each pair of parts is then scored on three kinds of evidence, and pairs that score
 * enough are grouped by {@link SentenceClustering}:
 *
 * <ul>
 *   <li>meaning, with the story taken out: the cosine of the two embeddings after subtracting the
 *       project's mean embedding (in five reports on one story any two sentences look alike until the
 *       story itself is removed);
 *   <li>telling words shared ({@link TermWeights}): "executing" / "executed", "injured";
 *   <li>figures of the same kind in both (a count, a date), which is what retellings with other numbers
 *       share.
 * </ul>
 *
 * Memory holds the pairs found and a bounded cache of parts, never the corpus's vectors.
 */
@Component
class ClaimDiscovery {

    /** Documents read from the database at once. */
    static final int BATCH = 50;
    /** Nearest sentences asked for per part. */
    static final int NEIGHBOURS = 12;
    /** Longer parts are several claims at once. */
    static final int MAX_WORDS = 80;
    /** Parts of other documents' sentences kept between questions (each ~1.6 KB). */
    static final int CACHE = 20_000;

    private final SemanticNeighbours neighbours;
    private final double pairFloor;
    private final double wordsWeight;
    private final double figureBonus;
    private final ProjectTermWeights termWeights;

    /**
     * Documents of a batch are compared in parallel, one per core by default
     * ({@code credence.discovery.threads}): each sentence's questions to the vector index are independent,
     * and over 10,000 documents they are nearly all of a run's time.
     */
    private final ExecutorService workers;

    ClaimDiscovery(
            SemanticNeighbours neighbours,
            ProjectTermWeights termWeights,
            @Value("${credence.discovery.pair-floor:0.58}") double pairFloor,
            @Value("${credence.discovery.words-weight:0.5}") double wordsWeight,
            @Value("${credence.discovery.figure-bonus:0.08}") double figureBonus,
            @Value("${credence.discovery.threads:0}") int threads) {
        this.workers = Executors.newFixedThreadPool(
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), runnable -> {
                    Thread thread = new Thread(runnable, "claim-discovery-worker");
                    thread.setDaemon(true);
                    return thread;
                });
        this.neighbours = neighbours;
        this.termWeights = termWeights;
        this.pairFloor = pairFloor;
        this.wordsWeight = wordsWeight;
        this.figureBonus = figureBonus;
    }

    /** A place of a group: where it is, its source, its words, and how alike it is to the rest. */
    record Member(SentenceClustering.Unit unit, Long sourceId, String exact, double similarity) {}

    /** A part with what scoring needs. */
    private record Part(
            SentenceClustering.Unit unit,
            Long sourceId,
            String text,
            float[] vector,
            Set<String> terms,
            Set<Figure.Kind> figures) {}

    /**
     * Groups among the documents' parts and those near them, strongest first; reports documents done.
     * The project's word weights are counted first when {@code recount} (a full run) or not known yet.
     */
    List<List<Member>> discover(long projectId, List<Long> documentIds, boolean recount, IntConsumer documentsDone) {
        TermWeights weights = recount ? termWeights.recounted(projectId) : termWeights.of(projectId);
        float[] centre = neighbours.centroid(projectId);
        Map<SentenceClustering.Unit, List<Part>> cache = Collections.synchronizedMap(lruCache());
        Pairs pairs = new Pairs();
        for (int from = 0; from < documentIds.size(); from += BATCH) {
            List<Long> batch = documentIds.subList(from, Math.min(documentIds.size(), from + BATCH));
            Map<Long, List<EmbeddedSentence>> byDocument = new LinkedHashMap<>();
            neighbours
                    .sentencesOf(batch)
                    .forEach(s -> byDocument
                            .computeIfAbsent(s.documentId(), d -> new ArrayList<>())
                            .add(s));
            List<Future<List<ScoredPair>>> found = new ArrayList<>();
            for (List<EmbeddedSentence> sentences : byDocument.values()) {
                found.add(workers.submit(() -> pairsOf(sentences, projectId, centre, weights, cache)));
            }
            try {
                for (Future<List<ScoredPair>> document : found) {
                    join(document).forEach(p -> pairs.add(p.a(), p.b(), p.score()));
                }
            } finally {
                // When one document failed, the run has: the batch's others stop instead of searching on.
                found.forEach(document -> document.cancel(true));
            }
            documentsDone.accept(Math.min(documentIds.size(), from + BATCH));
        }
        return pairs.groups();
    }

    private record ScoredPair(Part a, Part b, double score) {}

    /** The pairs one document's parts form with parts of other documents near them. */
    private List<ScoredPair> pairsOf(
            List<EmbeddedSentence> sentences,
            long projectId,
            float[] centre,
            TermWeights weights,
            Map<SentenceClustering.Unit, List<Part>> cache) {
        List<ScoredPair> found = new ArrayList<>();
        for (EmbeddedSentence sentence : sentences) {
            for (Part part : parts(sentence, weights, cache)) {
                if (!mayStateAClaim(part.text())) {
                    continue;
                }
                for (SemanticNeighbours.Neighbour near :
                        neighbours.nearestWithVectors(part.vector(), projectId, sentence.documentId(), NEIGHBOURS)) {
                    for (Part other : parts(asSentence(near), weights, cache)) {
                        if (!mayStateAClaim(other.text())) {
                            continue;
                        }
                        double score = score(part, other, centre, weights);
                        if (score >= pairFloor) {
                            found.add(new ScoredPair(part, other, score));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static <T> T join(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Claim discovery was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** How alike two parts are, on all three kinds of evidence. */
    double score(Part a, Part b, float[] centre, TermWeights weights) {
        double meaning = SemanticNeighbours.centredCosine(a.vector(), b.vector(), centre);
        double words = weights.overlap(a.terms(), b.terms());
        boolean sameFigureKind = a.figures().stream().anyMatch(b.figures()::contains);
        return meaning + wordsWeight * words + (sameFigureKind ? figureBonus : 0);
    }

    /** A part worth proposing: a statement of some length, not a question or a heading. */
    static boolean mayStateAClaim(String text) {
        String stripped = text.strip();
        if (stripped.endsWith("?")) {
            return false;
        }
        int words = ClaimUnits.words(stripped);
        return words >= ClaimUnits.MIN_WORDS && words <= MAX_WORDS;
    }

    private static EmbeddedSentence asSentence(SemanticNeighbours.Neighbour near) {
        SentenceHit hit = near.hit();
        return new EmbeddedSentence(
                hit.documentId(), hit.sourceId(), hit.start(), hit.end(), hit.text(), near.vector());
    }

    /** The sentence's parts, each with its own embedding (the stored one when the sentence is one part). */
    private static List<Part> parts(
            EmbeddedSentence sentence, TermWeights weights, Map<SentenceClustering.Unit, List<Part>> cache) {
        SentenceClustering.Unit key =
                new SentenceClustering.Unit(sentence.documentId(), sentence.start(), sentence.end());
        List<Part> known = cache.get(key);
        if (known != null) {
            return known;
        }
        List<ClaimUnits.Part> found = ClaimUnits.of(sentence.start(), sentence.text());
        List<float[]> vectors = found.size() == 1
                ? List.of(sentence.vector())
                : SemanticNeighbours.encode(
                        found.stream().map(ClaimUnits.Part::text).toList());
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            ClaimUnits.Part p = found.get(i);
            Set<Figure.Kind> kinds = EnumSet.noneOf(Figure.Kind.class);
            FigureParser.parse(p.text()).forEach(f -> kinds.add(f.kind()));
            parts.add(new Part(
                    new SentenceClustering.Unit(sentence.documentId(), p.start(), p.end()),
                    sentence.sourceId(),
                    p.text(),
                    vectors.get(i),
                    TermWeights.terms(p.text()),
                    kinds));
        }
        cache.put(key, parts);
        return parts;
    }

    private static Map<SentenceClustering.Unit, List<Part>> lruCache() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SentenceClustering.Unit, List<Part>> eldest) {
                return size() > CACHE;
            }
        };
    }

    /** The pairs found, each once, with what is known of their parts. */
    private static final class Pairs {
        private final Map<List<SentenceClustering.Unit>, SentenceClustering.Pair> byUnits = new HashMap<>();
        private final Map<SentenceClustering.Unit, Member> places = new HashMap<>();

        void add(Part a, Part b, double score) {
            places.putIfAbsent(a.unit(), new Member(a.unit(), a.sourceId(), a.text(), 0));
            places.putIfAbsent(b.unit(), new Member(b.unit(), b.sourceId(), b.text(), 0));
            List<SentenceClustering.Unit> key = key(a.unit(), b.unit());
            byUnits.merge(
                    key,
                    new SentenceClustering.Pair(key.get(0), key.get(1), score),
                    (was, now) -> was.similarity() >= now.similarity() ? was : now);
        }

        /**
         * The groups, largest and most alike first; a place already in one (a sentence, or a part of it)
         * is left out of the next, so the same sentences are not proposed twice, whole and in part.
         */
        List<List<Member>> groups() {
            List<List<Member>> found = new ArrayList<>();
            for (List<SentenceClustering.Unit> units : SentenceClustering.cluster(new ArrayList<>(byUnits.values()))) {
                List<Member> members = new ArrayList<>();
                for (SentenceClustering.Unit unit : units) {
                    Member known = places.get(unit);
                    members.add(new Member(unit, known.sourceId(), known.exact(), meanScore(unit, units)));
                }
                found.add(members);
            }
            found.sort(java.util.Comparator.comparingInt((List<Member> g) -> -g.size())
                    .thenComparingDouble(g -> -g.stream()
                            .mapToDouble(Member::similarity)
                            .average()
                            .orElse(0)));
            List<List<Member>> kept = new ArrayList<>();
            Map<Long, List<SentenceClustering.Unit>> taken = new HashMap<>();
            for (List<Member> group : found) {
                List<Member> free = group.stream()
                        .filter(m -> !overlapsTaken(m.unit(), taken))
                        .toList();
                if (free.stream().map(m -> m.unit().documentId()).distinct().count() >= 2) {
                    kept.add(free);
                    free.forEach(m -> taken.computeIfAbsent(m.unit().documentId(), d -> new ArrayList<>())
                            .add(m.unit()));
                }
            }
            return kept;
        }

        private static boolean overlapsTaken(
                SentenceClustering.Unit unit, Map<Long, List<SentenceClustering.Unit>> taken) {
            return taken.getOrDefault(unit.documentId(), List.of()).stream()
                    .anyMatch(t -> t.start() < unit.end() && unit.start() < t.end());
        }

        /** How alike a place is to the rest of its group: the mean over the pairs found between them. */
        private double meanScore(SentenceClustering.Unit unit, List<SentenceClustering.Unit> group) {
            double sum = 0;
            int n = 0;
            for (SentenceClustering.Unit other : group) {
                SentenceClustering.Pair pair = other.equals(unit) ? null : byUnits.get(key(unit, other));
                if (pair != null) {
                    sum += pair.similarity();
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        private static List<SentenceClustering.Unit> key(SentenceClustering.Unit a, SentenceClustering.Unit b) {
            boolean ordered =
                    a.documentId() < b.documentId() || (a.documentId() == b.documentId() && a.start() < b.start());
            return ordered ? List.of(a, b) : List.of(b, a);
        }
    }
}
