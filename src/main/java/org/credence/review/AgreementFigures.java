package org.credence.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.credence.annotation.Credibility;
import org.credence.annotation.LabelledSpan;
import org.credence.annotation.UnitGrouping;

/**
 * Every corpus-wide agreement figure, accumulated one unit at a time in the memory of a few counters: labels (nominal α, Fleiss' κ), presentation (nominal α), information credibility
 * (ordinal α) and where statements are (span F1 per reviewer pair).
 */
final class AgreementFigures {

    private final UnitGrouping grouping;
    private final AgreementTally labels = new AgreementTally();
    private final AlphaTally presentation = new AlphaTally(AlphaTally.Metric.NOMINAL);
    private final AlphaTally credibility = new AlphaTally(AlphaTally.Metric.ORDINAL);
    private final SpanAgreementTally spans = new SpanAgreementTally();

    AgreementFigures(UnitGrouping grouping) {
        this.grouping = grouping;
    }

    /** Adds one unit; units come in document order. */
    void addUnit(List<LabelledSpan> unit) {
        spans.addUnit(unit);
        labels.add(labels(unit));
        presentation.add(codings(
                unit, s -> s.presentation() == null ? null : s.presentation().code()));
        credibility.add(codings(unit, AgreementFigures::scaleGrade));
    }

    /** Each reviewer's label code on a unit. */
    static Map<String, String> labels(List<LabelledSpan> unit) {
        return codings(unit, s -> s.label().code());
    }

    /**
     * 1–5 are an ordinal scale; 6, "truth cannot be judged", is not a point beyond 5 but the absence
     * of a judgement, so it counts as no grade.
     */
    private static Integer scaleGrade(LabelledSpan statement) {
        Credibility grade = statement.credibility();
        return grade == null || grade == Credibility.CANNOT_BE_JUDGED ? null : grade.grade();
    }

    private static <V> Map<String, V> codings(List<LabelledSpan> unit, Function<LabelledSpan, V> value) {
        Map<String, V> codings = new LinkedHashMap<>();
        unit.forEach(s -> codings.put(s.author(), value.apply(s)));
        return codings;
    }

    AgreementSummary summary() {
        int minimum = grouping.minimumUnits();
        return new AgreementSummary(
                AgreementSummary.Grouping.of(grouping),
                labels.units(),
                List.copyOf(labels.raters()),
                labels.krippendorffAlpha(),
                labels.fleissKappa(),
                labels.krippendorffAlpha(minimum),
                presentation.coefficient(minimum),
                credibility.coefficient(minimum),
                spans.result());
    }
}
