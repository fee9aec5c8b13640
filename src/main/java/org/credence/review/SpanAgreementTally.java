package org.credence.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credence.annotation.LabelledSpan;

/** {@link SpanAgreement} accumulated one document's units at a time. */
final class SpanAgreementTally {

    private static final class Counts {
        int documents;
        long statements;
        long overlapMatches;
        long exactMatches;
    }

    /** By "reviewerA\u0000reviewerB", names in order. */
    private final Map<String, Counts> pairs = new TreeMap<>();

    /** Counted in arrays indexed by the document's reviewers, then added to the pairs once per document. */
    void addDocument(List<List<LabelledSpan>> units) {
        Map<String, Integer> index = new TreeMap<>();
        units.forEach(unit -> unit.forEach(s -> index.putIfAbsent(s.author(), 0)));
        List<String> reviewers = new ArrayList<>(index.keySet());
        for (int i = 0; i < reviewers.size(); i++) {
            index.put(reviewers.get(i), i);
        }
        int n = reviewers.size();
        int[] statements = new int[n];
        int[][] overlap = new int[n][n];
        int[][] exact = new int[n][n];
        for (List<LabelledSpan> unit : units) {
            for (int i = 0; i < unit.size(); i++) {
                LabelledSpan a = unit.get(i);
                int ai = index.get(a.author());
                statements[ai]++;
                for (int j = i + 1; j < unit.size(); j++) {
                    LabelledSpan b = unit.get(j);
                    int bi = index.get(b.author());
                    int low = Math.min(ai, bi);
                    int high = Math.max(ai, bi);
                    overlap[low][high]++;
                    if (a.start() == b.start() && a.end() == b.end()) {
                        exact[low][high]++;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Counts counts = pairs.computeIfAbsent(key(reviewers.get(i), reviewers.get(j)), k -> new Counts());
                counts.documents++;
                counts.statements += statements[i] + statements[j];
                counts.overlapMatches += overlap[i][j];
                counts.exactMatches += exact[i][j];
            }
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    SpanAgreement result() {
        List<SpanAgreement.Pair> result = new ArrayList<>();
        long statements = 0;
        long overlap = 0;
        long exact = 0;
        for (Map.Entry<String, Counts> pair : pairs.entrySet()) {
            String[] names = pair.getKey().split("\u0000", 2);
            Counts c = pair.getValue();
            result.add(new SpanAgreement.Pair(
                    names[0],
                    names[1],
                    c.documents,
                    c.statements,
                    c.overlapMatches,
                    c.exactMatches,
                    f1(c.overlapMatches, c.statements),
                    f1(c.exactMatches, c.statements)));
            statements += c.statements;
            overlap += c.overlapMatches;
            exact += c.exactMatches;
        }
        return new SpanAgreement(f1(overlap, statements), f1(exact, statements), List.copyOf(result));
    }

    private static Double f1(long matches, long statements) {
        return statements == 0 ? null : 2.0 * matches / statements;
    }
}
