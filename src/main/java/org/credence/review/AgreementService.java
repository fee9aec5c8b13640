package org.credence.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.credence.annotation.Label;
import org.credence.annotation.LabelledSpan;
import org.credence.annotation.LabelledSpans;
import org.credence.annotation.SpanUnits;
import org.credence.annotation.UnitGrouping;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentService;
import org.credence.security.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agreement between reviewers, corpus-wide, per label and per document, with the disagreements. */
@Service
public class AgreementService {

    /**
     * Disagreements the corpus report lists; the rest are reached per document. A million statements
     * made 250,000 of them: 61 MB held by every open Agreement view, 40 MB of JSON from the API.
     */
    public static final int SHOWN_DISAGREEMENTS = 1_000;

    private final LabelledSpans statements;
    private final DocumentService documents;
    private final UnitGrouping grouping;

    AgreementService(LabelledSpans statements, DocumentService documents, UnitGrouping grouping) {
        this.statements = statements;
        this.documents = documents;
        this.grouping = grouping;
    }

    /** How units are formed here. */
    public UnitGrouping grouping() {
        return grouping;
    }

    @Access.AgreementReaders
    @Transactional(readOnly = true)
    public AgreementReport corpus() {
        List<AgreementReport.Unit> units = new ArrayList<>();
        AgreementFigures figures = new AgreementFigures(grouping);
        try (Stream<LabelledSpan> rows = statements.inTextOrder()) {
            forEachUnit(rows, unit -> {
                figures.addUnit(unit);
                passIfShared(unit, units::add);
            });
        }
        return report(
                units,
                figures.summary(),
                titles(units.stream()
                        .map(AgreementReport.Unit::documentId)
                        .distinct()
                        .toList()));
    }

    /**
     * Every disagreement in one document, in text order, with the document's title.
     *
     * @throws DocumentNotFoundException when there is no such document
     */
    @Access.AgreementReaders
    @Transactional(readOnly = true)
    public List<AgreementReport.Unit> disagreements(long documentId) {
        Map<Long, String> title = titles(List.of(documentId));
        if (title.isEmpty()) {
            throw new DocumentNotFoundException(documentId);
        }
        List<AgreementReport.Unit> units = new ArrayList<>();
        try (Stream<LabelledSpan> rows = statements.ofDocument(documentId)) {
            forEachUnit(
                    rows,
                    unit -> passIfShared(unit, shared -> {
                        if (shared.disagreement()) {
                            units.add(titled(shared, title));
                        }
                    }));
        }
        return units;
    }

    /**
     * Every corpus-wide figure in the memory of a few counters (the report holds every unit: 250,000
     * of them were most of a dataset export's heap).
     */
    @Access.AgreementReaders
    @Transactional(readOnly = true)
    public AgreementSummary summary() {
        AgreementFigures figures = new AgreementFigures(grouping);
        try (Stream<LabelledSpan> rows = statements.inTextOrder()) {
            forEachUnit(rows, figures::addUnit);
        }
        return figures.summary();
    }

    /** Rows come in text order, so only the units still open are held ({@link org.credence.annotation.UnitStream}). */
    private void forEachUnit(Stream<LabelledSpan> rows, Consumer<List<LabelledSpan>> action) {
        SpanUnits.forEachUnit(rows, LabelledSpan::documentId, grouping, action);
    }

    /** A unit labelled by two or more reviewers, as the report shows it. */
    private static void passIfShared(List<LabelledSpan> unit, Consumer<AgreementReport.Unit> action) {
        if (unit.size() < 2) {
            return;
        }
        LabelledSpan first = unit.get(0);
        Map<String, AgreementReport.Unit.Selection> spans = new TreeMap<>();
        unit.forEach(s -> spans.put(s.author(), new AgreementReport.Unit.Selection(s.start(), s.end())));
        action.accept(new AgreementReport.Unit(
                first.statementId(),
                first.documentId(),
                null,
                unit.stream().mapToInt(LabelledSpan::start).min().orElseThrow(),
                unit.stream().mapToInt(LabelledSpan::end).max().orElseThrow(),
                SpanUnits.text(unit),
                new TreeMap<>(AgreementFigures.labels(unit)),
                spans));
    }

    /** Document titles by id; units carry none until they are shown. */
    private Map<Long, String> titles(List<Long> ids) {
        Map<Long, String> titles = new java.util.HashMap<>();
        documents.refs(ids).forEach((id, ref) -> titles.put(id, ref.title()));
        return titles;
    }

    private static AgreementReport.Unit titled(AgreementReport.Unit unit, Map<Long, String> titles) {
        return new AgreementReport.Unit(
                unit.unitId(),
                unit.documentId(),
                titles.get(unit.documentId()),
                unit.start(),
                unit.end(),
                unit.quote(),
                unit.labels(),
                unit.spans());
    }

    /** Titles go only on what the report shows (documents, the first disagreements), not on every unit. */
    private static AgreementReport report(
            List<AgreementReport.Unit> units, AgreementSummary summary, Map<Long, String> titles) {
        List<Map<String, ?>> codings =
                units.stream().<Map<String, ?>>map(AgreementReport.Unit::labels).toList();
        List<String> reviewers = AgreementCalculator.raters(codings);
        List<AgreementReport.PairAgreement> pairs = new ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            for (int j = i + 1; j < reviewers.size(); j++) {
                String a = reviewers.get(i);
                String b = reviewers.get(j);
                int shared = (int) units.stream()
                        .filter(u -> u.labels().containsKey(a) && u.labels().containsKey(b))
                        .count();
                if (shared > 0) {
                    pairs.add(new AgreementReport.PairAgreement(
                            a, b, shared, AgreementCalculator.cohenKappa(codings, a, b)));
                }
            }
        }
        Map<String, Double> perLabel = new LinkedHashMap<>();
        for (Label label : Label.values()) {
            perLabel.put(label.code(), AgreementCalculator.krippendorffAlpha(codings, label.code()));
        }
        Map<String, Map<String, Integer>> labelsPerReviewer = new LinkedHashMap<>();
        reviewers.forEach(r -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Label label : Label.values()) {
                counts.put(label.code(), 0);
            }
            labelsPerReviewer.put(r, counts);
        });
        units.forEach(u -> u.labels()
                .forEach((reviewer, code) -> labelsPerReviewer
                        .computeIfAbsent(reviewer, r -> new LinkedHashMap<>())
                        .merge(code, 1, Integer::sum)));
        Map<Long, List<AgreementReport.Unit>> byDocument = new LinkedHashMap<>();
        units.forEach(u -> byDocument
                .computeIfAbsent(u.documentId(), k -> new ArrayList<>())
                .add(u));
        List<AgreementReport.DocumentAgreement> documents = byDocument.values().stream()
                .map(list -> {
                    AgreementReport.Unit first = list.get(0);
                    return new AgreementReport.DocumentAgreement(
                            first.documentId(),
                            titles.get(first.documentId()),
                            list.size(),
                            (int) list.stream()
                                    .filter(AgreementReport.Unit::disagreement)
                                    .count(),
                            AgreementCalculator.krippendorffAlpha(list.stream()
                                    .<Map<String, ?>>map(AgreementReport.Unit::labels)
                                    .toList()));
                })
                .toList();
        List<AgreementReport.Unit> shown = units.stream()
                .filter(AgreementReport.Unit::disagreement)
                .limit(SHOWN_DISAGREEMENTS)
                .map(u -> titled(u, titles))
                .toList();
        int disagreementCount =
                (int) units.stream().filter(AgreementReport.Unit::disagreement).count();
        // The headline figures come from the same tally as the dataset card's, so both always print the same.
        return new AgreementReport(
                units.size(),
                reviewers,
                summary.krippendorffAlpha(),
                summary.fleissKappa(),
                summary.labelAlpha().confidenceInterval(),
                summary.grouping(),
                summary.labelAlpha(),
                summary.presentationAlpha(),
                summary.credibilityAlphaOrdinal(),
                summary.spanAgreement(),
                pairs,
                perLabel,
                labelsPerReviewer,
                documents,
                shown,
                disagreementCount);
    }
}
