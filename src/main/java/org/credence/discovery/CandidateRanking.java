package org.credence.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.annotation.Presentation;
import org.credence.claim.Figure;
import org.credence.claim.FigureComparison;
import org.credence.claim.FigureParser;

/**
 * What a team should look at first. A candidate ranks higher the more independent sources state it,
 * when their figures differ (a count that is 500–1,200 in one outlet and up to 2,200 in another; a
 * founding year of 2014 in one and 2015 in another), and when outlets present it differently (asserted in
 * one, hedged or attributed in another); ties go to the more alike members.
 */
final class CandidateRanking {

    static final int MAX_WORDING = 300;
    /** The note's column holds 1,000 characters. */
    static final int MAX_FIGURE_NOTE = 1000;

    private static final int MAX_FIGURE_TEXT = 80;
    private static final int FIGURES_NAMED = 6;
    static final double SOURCE_WEIGHT = 1.0;
    static final double FIGURES_DIFFER_WEIGHT = 1.5;
    static final double PRESENTATION_WEIGHT = 1.0;

    private CandidateRanking() {}

    /** A member as ranking sees it; {@code sourceId} null when the document names no source. */
    record Member(long documentId, Long sourceId, String exact, Presentation presentation, double similarity) {}

    record Ranked(String wording, int documents, int sources, String figureNote, String presentations, double score) {}

    static Ranked rank(List<Member> members) {
        int documents =
                (int) members.stream().mapToLong(Member::documentId).distinct().count();
        // A document without a known source counts as a source of its own.
        int sources = (int) members.stream()
                .map(m -> m.sourceId() != null ? "s" + m.sourceId() : "d" + m.documentId())
                .distinct()
                .count();
        String figureNote = figureNote(members);
        Set<Presentation> presentations = EnumSet.noneOf(Presentation.class);
        members.forEach(m -> presentations.add(m.presentation()));
        double meanSimilarity =
                members.stream().mapToDouble(Member::similarity).average().orElse(0);
        double score = SOURCE_WEIGHT * sources
                + (figureNote != null ? FIGURES_DIFFER_WEIGHT : 0)
                + PRESENTATION_WEIGHT * (presentations.size() - 1)
                + meanSimilarity;
        return new Ranked(
                wording(members),
                documents,
                sources,
                figureNote,
                presentations.stream().map(Presentation::code).collect(Collectors.joining(",")),
                score);
    }

    /** The member most like the others, as the claim's first wording (people reword it on accepting). */
    static String wording(List<Member> members) {
        String best = members.stream()
                .max(Comparator.comparingDouble(Member::similarity))
                .map(Member::exact)
                .orElse("");
        String clean = best.strip().replaceAll("\\s+", " ");
        return shorten(clean, MAX_WORDING);
    }

    /**
     * "counts differ: “between 500 and 1,200” · “up to 2,200”" when two members' first figures of a kind
     * differ; null when they agree or there is nothing to compare.
     */
    static String figureNote(List<Member> members) {
        List<String> notes = new ArrayList<>();
        for (Figure.Kind kind : Figure.Kind.values()) {
            List<Figure> firsts = new ArrayList<>();
            for (Member member : members) {
                FigureParser.parse(member.exact()).stream()
                        .filter(f -> f.kind() == kind)
                        .findFirst()
                        .ifPresent(firsts::add);
            }
            boolean differ = false;
            for (int i = 0; i < firsts.size() && !differ; i++) {
                for (int j = i + 1; j < firsts.size() && !differ; j++) {
                    differ = differ(firsts.get(i), firsts.get(j));
                }
            }
            if (differ) {
                Set<String> stated = new LinkedHashSet<>();
                firsts.forEach(f -> stated.add("“" + shorten(f.text().strip(), MAX_FIGURE_TEXT) + "”"));
                notes.add((kind == Figure.Kind.COUNT ? "counts" : "dates") + " differ: " + someOf(stated));
            }
        }
        return notes.isEmpty() ? null : shorten(String.join("; ", notes), MAX_FIGURE_NOTE);
    }

    /**
     * A candidate of many members can state dozens of figures (a 1,000-document benchmark found one with
     * 60 counts, whose note no longer fitted its column and failed the whole discovery run): the first
     * few tell the conflict, the rest are counted.
     */
    private static String someOf(Set<String> stated) {
        List<String> all = new ArrayList<>(stated);
        if (all.size() <= FIGURES_NAMED) {
            return String.join(" · ", all);
        }
        return String.join(" · ", all.subList(0, FIGURES_NAMED)) + " and " + (all.size() - FIGURES_NAMED) + " more";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * Counts differ as a claim's figures do ({@link FigureComparison}). Dates differ when they start in
     * different years: "since 2014" and "established in 2015" tell two founding years, while "in 2015"
     * and "in January 2015" tell one year, one of them more precisely.
     */
    static boolean differ(Figure a, Figure b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.kind() == Figure.Kind.DATE) {
            return a.low() != null
                    && b.low() != null
                    && LocalDate.ofEpochDay(a.low().longValue()).getYear()
                            != LocalDate.ofEpochDay(b.low().longValue()).getYear();
        }
        return FigureComparison.disagree(a, b);
    }

    /** The figures a member states, as the board shows them ("between 500 and 1,200 · in 2015"). */
    static String figures(String exact) {
        List<Figure> figures = FigureParser.parse(exact);
        return figures.isEmpty()
                ? null
                : figures.stream().map(f -> f.text().strip()).distinct().collect(Collectors.joining(" · "));
    }
}
