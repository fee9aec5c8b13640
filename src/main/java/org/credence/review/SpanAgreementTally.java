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

    private long document;
    private boolean inDocument;
    /** The current document's statements per reviewer, and its matches per pair of reviewers. */
    private final Map<String, Integer> statements = new TreeMap<>();

    private final Map<String, long[]> matches = new java.util.HashMap<>();

    /** Adds one unit; units come in document order, so a document's counts are added when the next begins. */
    void addUnit(List<LabelledSpan> unit) {
        long id = unit.get(0).documentId();
        if (inDocument && id != document) {
            endDocument();
        }
        document = id;
        inDocument = true;
        for (int i = 0; i < unit.size(); i++) {
            LabelledSpan a = unit.get(i);
            statements.merge(a.author(), 1, Integer::sum);
            for (int j = i + 1; j < unit.size(); j++) {
                LabelledSpan b = unit.get(j);
                long[] counts = matches.computeIfAbsent(key(a.author(), b.author()), k -> new long[2]);
                counts[0]++;
                if (a.start() == b.start() && a.end() == b.end()) {
                    counts[1]++;
                }
            }
        }
    }

    /** Adds the current document's counts to every pair of its reviewers. */
    void endDocument() {
        List<String> reviewers = new ArrayList<>(statements.keySet());
        for (int i = 0; i < reviewers.size(); i++) {
            for (int j = i + 1; j < reviewers.size(); j++) {
                String key = key(reviewers.get(i), reviewers.get(j));
                Counts counts = pairs.computeIfAbsent(key, k -> new Counts());
                counts.documents++;
                counts.statements += statements.get(reviewers.get(i)) + statements.get(reviewers.get(j));
                long[] matched = matches.getOrDefault(key, new long[2]);
                counts.overlapMatches += matched[0];
                counts.exactMatches += matched[1];
            }
        }
        statements.clear();
        matches.clear();
        inDocument = false;
    }

    /** A whole document's units (tests and single documents). */
    void addDocument(List<List<LabelledSpan>> units) {
        units.forEach(this::addUnit);
        endDocument();
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    SpanAgreement result() {
        endDocument();
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
