package org.credence.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups sentences of different documents that say the same thing, from the pairs found near each
 * other in meaning. Strongest pairs first (single linkage), with two rules that keep groups to one
 * claim: a group holds at most one place per document (an outlet states a claim once; its other
 * sentences on the topic are elaboration), and two groups of several places join only when at least
 * half of the pairs between them were found alike (average linkage on the pairs found), so a chain of
 * loosely related sentences does not snowball.
 */
final class SentenceClustering {

    /** A sentence of a document, by position (code points). */
    record Unit(long documentId, int start, int end) {}

    /** Two sentences of different documents and how alike they are (cosine, or a fused score). */
    record Pair(Unit a, Unit b, double similarity) {}

    private SentenceClustering() {}

    /** Share of the pairs between two groups that must have been found for them to join. */
    static final double JOIN_SHARE = 0.5;

    /** Groups of two or more places, each from a different document, strongest first. */
    static List<List<Unit>> cluster(List<Pair> pairs) {
        Map<Unit, Set<Unit>> found = new HashMap<>();
        for (Pair pair : pairs) {
            found.computeIfAbsent(pair.a(), u -> new HashSet<>()).add(pair.b());
            found.computeIfAbsent(pair.b(), u -> new HashSet<>()).add(pair.a());
        }
        Map<Unit, Group> groupOf = new HashMap<>();
        List<Pair> strongestFirst = new ArrayList<>(pairs);
        strongestFirst.sort(Comparator.comparingDouble(Pair::similarity)
                .reversed()
                .thenComparing(p -> p.a().documentId())
                .thenComparing(p -> p.a().start())
                .thenComparing(p -> p.b().documentId())
                .thenComparing(p -> p.b().start()));
        Set<Group> groups = new java.util.LinkedHashSet<>();
        for (Pair pair : strongestFirst) {
            if (pair.a().documentId() == pair.b().documentId()) {
                continue;
            }
            Group a = groupOf.get(pair.a());
            Group b = groupOf.get(pair.b());
            if (a != null && a == b) {
                continue;
            }
            if (a == null && b == null) {
                Group made = new Group();
                made.add(pair.a(), found);
                made.add(pair.b(), found);
                groups.add(made);
                groupOf.put(pair.a(), made);
                groupOf.put(pair.b(), made);
            } else if (a == null || b == null) {
                Group joined = a != null ? a : b;
                Unit newcomer = a != null ? pair.b() : pair.a();
                if (!joined.documents.contains(newcomer.documentId())) {
                    joined.add(newcomer, found);
                    groupOf.put(newcomer, joined);
                }
            } else if (disjoint(a.documents, b.documents) && linked(a, b, found, groupOf)) {
                for (Unit unit : b.units) {
                    a.add(unit, found);
                    groupOf.put(unit, a);
                }
                groups.remove(b);
            }
        }
        return groups.stream().map(g -> List.copyOf(g.units)).toList();
    }

    /**
     * Whether at least half of the pairs between two groups were found. Counted from the smaller group's
     * units through the pairs each was found in (a dozen or so), never over every pair of units: over
     * 10,000 documents of one story, groups of thousands met groups of thousands, and checking each of
     * their millions of pairs made grouping the longest part of a discovery run. Two large groups are
     * told apart at once: the pairs their units were found in number less than half their products.
     */
    private static boolean linked(Group a, Group b, Map<Unit, Set<Unit>> found, Map<Unit, Group> groupOf) {
        Group small = a.units.size() <= b.units.size() ? a : b;
        Group other = small == a ? b : a;
        double needed = JOIN_SHARE * a.units.size() * b.units.size();
        if (small.pairs < needed) {
            return false; // too few pairs to reach half, whichever they are: known without looking
        }
        int links = 0;
        for (Unit x : small.units) {
            for (Unit y : found.getOrDefault(x, Set.of())) {
                if (groupOf.get(y) == other) {
                    links++;
                }
            }
        }
        return links >= needed;
    }

    private static boolean disjoint(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        return small.stream().noneMatch(large::contains);
    }

    private static final class Group {
        final List<Unit> units = new ArrayList<>();
        final Set<Long> documents = new HashSet<>();
        /** How many pairs its units were found in, with any unit (each at most one link to another group). */
        long pairs;

        void add(Unit unit, Map<Unit, Set<Unit>> found) {
            units.add(unit);
            documents.add(unit.documentId());
            pairs += found.getOrDefault(unit, Set.of()).size();
        }
    }
}
