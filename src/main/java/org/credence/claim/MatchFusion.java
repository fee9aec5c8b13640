package org.credence.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.credence.base.domain.TextSpan;
import org.credence.search.SearchService;
import org.credence.search.SentenceHit;

/**
 * Puts the shared-words ranking and the meaning ranking together. Reciprocal-rank fusion (Cormack et
 * al., 2009) needs no calibration between BM25 scores and cosine similarities: a sentence high in either
 * list rises, one high in both rises most. Then a sentence giving the same kind of figure as the
 * statement (a count for a count, a date for a date) is lifted, because outlets retell a claim with
 * other numbers, and that is exactly the member a reviewer needs to see.
 */
final class MatchFusion {

    /** The usual constant of reciprocal-rank fusion: how flat the fused ranks are. */
    static final int K = 60;
    /** How much a shared figure kind lifts a candidate (its fused score is multiplied by this). */
    static final double SAME_FIGURE_KIND = 1.25;

    private MatchFusion() {}

    /** A fused candidate: the sentence, its score, and the reasons to show. */
    record Candidate(SentenceHit hit, double score, MatchReason reason) {}

    static List<Candidate> fuse(List<SentenceHit> lexical, List<SentenceHit> semantic, String statementSentence) {
        Map<TextSpan, SentenceHit> hits = new LinkedHashMap<>();
        Map<TextSpan, Double> scores = new LinkedHashMap<>();
        Map<TextSpan, Integer> lexicalRanks = new LinkedHashMap<>();
        Map<TextSpan, Integer> semanticRanks = new LinkedHashMap<>();
        Map<TextSpan, Double> similarity = new LinkedHashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            SentenceHit hit = lexical.get(i);
            TextSpan key = key(hit);
            hits.putIfAbsent(key, hit);
            lexicalRanks.putIfAbsent(key, i + 1);
            scores.merge(key, 1.0 / (K + i + 1), Double::sum);
        }
        for (int i = 0; i < semantic.size(); i++) {
            SentenceHit hit = semantic.get(i);
            TextSpan key = key(hit);
            hits.putIfAbsent(key, hit);
            semanticRanks.putIfAbsent(key, i + 1);
            similarity.putIfAbsent(key, (double) hit.score());
            scores.merge(key, 1.0 / (K + i + 1), Double::sum);
        }
        Set<Figure.Kind> statementKinds = kinds(statementSentence);
        List<Candidate> fused = new ArrayList<>();
        for (Map.Entry<TextSpan, SentenceHit> entry : hits.entrySet()) {
            TextSpan key = entry.getKey();
            SentenceHit hit = entry.getValue();
            Set<Figure.Kind> shared = EnumSet.noneOf(Figure.Kind.class);
            shared.addAll(statementKinds);
            shared.retainAll(kinds(hit.text()));
            double score = scores.get(key) * (shared.isEmpty() ? 1 : SAME_FIGURE_KIND);
            SentenceHit lexicalHit = lexicalRanks.containsKey(key) ? lexicalHit(lexical, key) : null;
            fused.add(new Candidate(
                    hit,
                    score,
                    new MatchReason(
                            lexicalHit == null ? List.of() : sharedTerms(lexicalHit),
                            similarity.get(key) == null ? null : Math.round(similarity.get(key) * 100) / 100.0,
                            shared.stream()
                                    .map(k -> k.name().toLowerCase(Locale.ROOT))
                                    .toList(),
                            lexicalRanks.get(key),
                            semanticRanks.get(key))));
        }
        fused.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return fused;
    }

    /** How much the telling words shared count beside meaning (chosen on the development set, claims-dev). */
    static final double WORDS_WEIGHT = 0.5;
    /** What giving the same kind of figure adds (chosen on the development set, claims-dev). */
    static final double FIGURE_BONUS = 0.05;
    /**
     * How much a sentence gains by its whole document being about the statement's story (claims-dev:
     * 0.25 / 0.5 / 1.0 gave recall@5 0.860 / 0.877 / 0.874 with the two-model embedding).
     */
    static final double SAME_STORY_WEIGHT = 0.5;

    /**
     * The claim ranking: meaning with the project's story taken out (in reports on one story every
     * sentence is near every other until the story is removed), plus the telling words shared, plus a
     * little for the same kind of figure, less for a headline or byline, plus how much its document is
     * about the statement's story (a death toll of another disaster in the same project is another
     * claim, however alike the two sentences read); then plus how like each is to the
     * best sentences of the first two documents (see {@link #withFeedback}); last, which sentence each
     * document shows (see {@link #withEachDocumentsSentenceChosen}). Sentences found only by
     * meaning must be near enough in plain cosine ({@code minSimilarity}) to be more than the same topic.
     */
    static List<Candidate> byLikeness(
            List<SearchService.Likeness> near,
            List<SentenceHit> lexical,
            String statementSentence,
            double minSimilarity) {
        return byLikeness(near, lexical, statementSentence, minSimilarity, Map.of(), List.of());
    }

    /**
     * As above, with what was decided for this statement (a place confirmed as the same claim is the
     * surest retelling to learn from, and one rejected is never taken as one) and the statement's
     * {@code siblings}: the other sentences of its own document.
     */
    static List<Candidate> byLikeness(
            List<SearchService.Likeness> near,
            List<SentenceHit> lexical,
            String statementSentence,
            double minSimilarity,
            Map<TextSpan, MatchDecision.Kind> decided,
            List<SearchService.SiblingSentence> siblings) {
        Map<TextSpan, Integer> lexicalRanks = new LinkedHashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            lexicalRanks.putIfAbsent(key(lexical.get(i)), i + 1);
        }
        List<SearchService.Likeness> byCosine = near.stream()
                .sorted(Comparator.comparingDouble(SearchService.Likeness::cosine)
                        .reversed())
                .toList();
        Map<TextSpan, Integer> meaningRanks = new LinkedHashMap<>();
        for (int i = 0; i < byCosine.size(); i++) {
            meaningRanks.putIfAbsent(key(byCosine.get(i).hit()), i + 1);
        }
        Set<Figure.Kind> statementKinds = kinds(statementSentence);
        List<Candidate> ranked = new ArrayList<>();
        Map<SentenceHit, SearchService.Likeness> likenessOf = new IdentityHashMap<>();
        for (SearchService.Likeness like : near) {
            TextSpan key = key(like.hit());
            Integer lexicalRank = lexicalRanks.get(key);
            if (lexicalRank == null && like.cosine() < minSimilarity) {
                continue;
            }
            Set<Figure.Kind> shared = sharedKinds(statementKinds, like.hit().text());
            double score = like.centred()
                    + WORDS_WEIGHT * like.sharedWords()
                    + (shared.isEmpty() ? 0 : FIGURE_BONUS)
                    - (isHeadingOrByline(like.hit().text()) ? HEADING_PENALTY : 0)
                    + SAME_STORY_WEIGHT * like.sameStory();
            SentenceHit lexicalHit = lexicalRank == null ? null : lexicalHit(lexical, key);
            Candidate candidate = new Candidate(
                    like.hit(),
                    score,
                    new MatchReason(
                            lexicalHit == null ? List.of() : sharedTerms(lexicalHit),
                            Math.round(like.cosine() * 100) / 100.0,
                            shared.stream()
                                    .map(k -> k.name().toLowerCase(Locale.ROOT))
                                    .toList(),
                            lexicalRank,
                            meaningRanks.get(key)));
            ranked.add(candidate);
            likenessOf.put(like.hit(), like);
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        // Two rounds: the first may pick a document's wrong sentence as a retelling; the second asks again
        // with the retellings the first round ranked best. Each round learns from the sentences the
        // documents would show, so a sentence that gives way to its document's retelling teaches nothing
        // (claims-dev / claims-eval-2 / claims-eval: 0.882 / 0.731 / 0.859 against 0.885 / 0.728 / 0.852
        // when the retellings were each document's best sentence before the choice).
        // A sentence's margin over the siblings is the same in every round: counted once, when first asked.
        List<float[]> siblingDirections = siblings.stream()
                .filter(s -> !isHeadingOrByline(s.text()))
                .map(s -> unit(s.centredVector()))
                .toList();
        Map<SentenceHit, Double> margins = new IdentityHashMap<>();
        ToDoubleFunction<SentenceHit> siblingMargin =
                hit -> margins.computeIfAbsent(hit, h -> siblingMargin(likenessOf.get(h), siblingDirections));
        List<Candidate> fed = ranked;
        for (int round = 0; round < FEEDBACK_ROUNDS; round++) {
            List<Candidate> shown = withEachDocumentsSentenceChosen(fed, siblingMargin, decided);
            fed = withFeedback(ranked, retellingsFirst(shown, decided), likenessOf);
        }
        return withEachDocumentsSentenceChosen(fed, siblingMargin, decided);
    }

    /**
     * How much a sentence loses, when its document's sentence is chosen, for being more like another
     * sentence of the statement's own document than like the statement (chosen on the development sets,
     * claims-dev / claims-eval-2 / claims-eval: 0 / 0.25 / 0.5 / 1 / 2 gave recall@5 0.877 / 0.890 / 0.885
     * / 0.883 / 0.877, 0.717 / 0.720 / 0.728 / 0.724 / 0.725, 0.848 / 0.853 / 0.852 / 0.853 / 0.857).
     */
    static final double SIBLING_WEIGHT = 0.5;

    /**
     * Which of a document's sentences to show: the documents keep their order (their best sentence's
     * score), but within one the sentence that is more like another thing the statement's own outlet
     * says than like the statement loses by how much. The outlet that wrote "the ministry said it had
     * received no notice of the convoy" also wrote "the ministry did not respond to questions"; in
     * another outlet's report the second is that other sentence's retelling, not this one's, however near
     * both read to the statement (the same actor, the same story). A place confirmed as the same claim is
     * always its document's; a rejected one never is. The sentence shown carries the score its document
     * was ranked by, so that the list stays in the order of its scores (the reasons are the sentence's own).
     */
    private static List<Candidate> withEachDocumentsSentenceChosen(
            List<Candidate> ranked,
            ToDoubleFunction<SentenceHit> siblingMargin,
            Map<TextSpan, MatchDecision.Kind> decided) {
        record Choice(Candidate candidate, double adjusted, boolean confirmed) {}
        Map<Long, Choice> chosen = new HashMap<>();
        for (Candidate candidate : ranked) {
            long document = candidate.hit().documentId();
            Choice toBeat = chosen.get(document);
            MatchDecision.Kind decision = decided.get(key(candidate.hit()));
            if (decision == MatchDecision.Kind.REJECTED || (toBeat != null && toBeat.confirmed())) {
                continue;
            }
            boolean confirmed = decision == MatchDecision.Kind.CONFIRMED;
            // A sentence only ever loses: one scoring at or below the adjusted score to beat cannot win, so
            // most of a document's sentences are never compared with the siblings.
            if (toBeat != null && !confirmed && candidate.score() <= toBeat.adjusted()) {
                continue;
            }
            double adjusted = candidate.score() - SIBLING_WEIGHT * siblingMargin.applyAsDouble(candidate.hit());
            if (toBeat == null || confirmed || adjusted > toBeat.adjusted()) {
                chosen.put(document, new Choice(candidate, adjusted, confirmed));
            }
        }
        List<Candidate> reordered = new ArrayList<>(ranked.size());
        Set<Long> placed = new HashSet<>();
        for (Candidate candidate : ranked) {
            long document = candidate.hit().documentId();
            Choice choice = chosen.get(document);
            if (choice == null || decided.get(key(candidate.hit())) == MatchDecision.Kind.REJECTED) {
                reordered.add(candidate); // the matcher leaves rejected places out; the document comes later
                continue;
            }
            if (placed.add(document)) {
                Candidate shown = choice.candidate();
                reordered.add(new Candidate(shown.hit(), candidate.score(), shown.reason()));
            }
            if (candidate != choice.candidate()) {
                reordered.add(candidate);
            }
        }
        return reordered;
    }

    /**
     * How much more like its nearest sibling than like the statement a sentence is (story taken out of
     * all three); 0 when it is more like the statement, or has no vector, or there are no siblings.
     */
    private static double siblingMargin(SearchService.Likeness like, List<float[]> siblingDirections) {
        return Math.max(0, nearestSibling(like, siblingDirections) - like.centred());
    }

    /** The highest cosine between the sentence's centred vector and any sibling's direction; -1 without one. */
    private static double nearestSibling(SearchService.Likeness like, List<float[]> siblingDirections) {
        if (like.centredVector() == null || siblingDirections.isEmpty()) {
            return -1;
        }
        float[] direction = unit(like.centredVector());
        double best = -1;
        for (float[] sibling : siblingDirections) {
            double dot = 0;
            for (int i = 0; i < direction.length; i++) {
                dot += direction[i] * sibling[i];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float[] unit = new float[vector.length];
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < vector.length; i++) {
                unit[i] = (float) (vector[i] * scale);
            }
        }
        return unit;
    }

    /** How much being like the first retellings counts (chosen on the development set, claims-dev). */
    static final double FEEDBACK_WEIGHT = 0.5;
    /** How many documents' best sentences are taken as retellings (claims-dev: 2 beat 1, 3 and 4). */
    static final int FEEDBACK_DOCUMENTS = 2;
    /** claims-dev: a second round found more (0.817 → 0.827), a third no more. */
    static final int FEEDBACK_ROUNDS = 2;
    /**
     * What a short line without a full stop loses — a headline ("Keldbridge flood: what we know so far"),
     * a byline, a caption: near every sentence of its story and the claim of none (claims-dev: 0.1 and 0.2
     * each found more, 0.5 no more than 0.2).
     */
    static final double HEADING_PENALTY = 0.2;

    /**
     * A line that does not end as a sentence does (a full stop, question or exclamation mark, then quotes)
     * and does not start in the middle of one. A unit ends at every line break, so a PDF's or a
     * hard-wrapped text's lines have no full stop either; most of them start with a small letter, and
     * those must not lose to web pages for their layout.
     */
    static boolean isHeadingOrByline(String sentence) {
        String line = sentence.strip();
        return !line.isEmpty()
                && !Character.isLowerCase(line.codePointAt(0))
                && !SENTENCE_END.matcher(line).find();
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
            "[.!?\u2026\u3002\uff01\uff1f][\"'\u201c\u201d\u2018\u2019\u00ab\u00bb)\\]]*$");

    /**
     * Pseudo-relevance feedback (Rocchio's idea, on sentences): the best sentence of each of the first
     * documents is very likely the claim retold (MRR 0.94 on the development set), so each candidate
     * gains by how like those retellings it is, too. Where a
     * document tells two claims of the story, its sentence about this claim is like the other outlets'
     * retellings of it, its sentence about the other claim is not: that is how it wins. Scores start from
     * {@code ranked} each round; {@code order} says which retellings to take.
     */
    /** Confirmed places first, then the rest in their order, without the rejected ones. */
    private static List<Candidate> retellingsFirst(List<Candidate> order, Map<TextSpan, MatchDecision.Kind> decided) {
        if (decided.isEmpty()) {
            return order;
        }
        List<Candidate> confirmed = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Candidate candidate : order) {
            MatchDecision.Kind decision = decided.get(key(candidate.hit()));
            if (decision == MatchDecision.Kind.CONFIRMED) {
                confirmed.add(candidate);
            } else if (decision != MatchDecision.Kind.REJECTED) {
                others.add(candidate);
            }
        }
        confirmed.addAll(others);
        return confirmed;
    }

    private static List<Candidate> withFeedback(
            List<Candidate> ranked, List<Candidate> order, Map<SentenceHit, SearchService.Likeness> likenessOf) {
        List<Candidate> confident = new ArrayList<>();
        Set<Long> documents = new java.util.HashSet<>();
        for (Candidate candidate : order) {
            if (confident.size() >= FEEDBACK_DOCUMENTS) {
                break;
            }
            if (documents.add(candidate.hit().documentId())) {
                confident.add(candidate);
            }
        }
        List<Candidate> rescored = new ArrayList<>(ranked.size());
        for (Candidate candidate : ranked) {
            double sum = 0;
            int count = 0;
            for (Candidate retelling : confident) {
                SearchService.Likeness retold = likenessOf.get(retelling.hit());
                if (retelling.hit().documentId() != candidate.hit().documentId() && retold.centredVector() != null) {
                    sum += likenessOf.get(candidate.hit()).centredCosine(retold);
                    count++;
                }
            }
            double feedback = count == 0 ? 0 : sum / count;
            rescored.add(
                    new Candidate(candidate.hit(), candidate.score() + FEEDBACK_WEIGHT * feedback, candidate.reason()));
        }
        rescored.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return rescored;
    }

    private static Set<Figure.Kind> sharedKinds(Set<Figure.Kind> statementKinds, String sentence) {
        Set<Figure.Kind> shared = EnumSet.noneOf(Figure.Kind.class);
        shared.addAll(statementKinds);
        shared.retainAll(kinds(sentence));
        return shared;
    }

    private static SentenceHit lexicalHit(List<SentenceHit> lexical, TextSpan key) {
        return lexical.stream().filter(h -> key(h).equals(key)).findFirst().orElse(null);
    }

    private static TextSpan key(SentenceHit hit) {
        return new TextSpan(hit.documentId(), hit.start(), hit.end());
    }

    private static Set<Figure.Kind> kinds(String sentence) {
        Set<Figure.Kind> kinds = EnumSet.noneOf(Figure.Kind.class);
        FigureParser.parse(sentence).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    /** The sentence's words that matched the query's terms, as written there, in order, once each. */
    private static List<String> sharedTerms(SentenceHit hit) {
        Set<String> words = new LinkedHashSet<>();
        String text = hit.text();
        for (int[] range : hit.highlights()) {
            words.add(text.substring(text.offsetByCodePoints(0, range[0]), text.offsetByCodePoints(0, range[1])));
        }
        return List.copyOf(words);
    }
}
