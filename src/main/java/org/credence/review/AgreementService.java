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

    AgreementService(LabelledSpans statements, DocumentService documents) {
        this.statements = statements;
        this.documents = documents;
    }

    @Access.AgreementReaders
    @Transactional(readOnly = true)
    public AgreementReport corpus() {
        List<AgreementReport.Unit> units;
        try (Stream<LabelledSpan> rows = statements.inTextOrder()) {
            units = units(rows);
        }
        return report(
                units,
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
            forEachUnit(rows, unit -> {
                if (unit.disagreement()) {
                    units.add(titled(unit, title));
                }
            });
        }
        return units;
    }

    /**
     * Units, reviewers, Krippendorff's α and Fleiss' κ over the whole corpus in the memory of a few
     * counters (the report holds every unit: 250,000 of them were most of a dataset export's heap).
     */
    @Access.AgreementReaders
    @Transactional(readOnly = true)
    public AgreementSummary summary() {
        AgreementTally tally = new AgreementTally();
        try (Stream<LabelledSpan> rows = statements.inTextOrder()) {
            forEachUnit(rows, unit -> tally.add(unit.labels()));
        }
        return summaryOf(tally);
    }

    private static AgreementSummary summaryOf(AgreementTally tally) {
        return new AgreementSummary(
                tally.units(), List.copyOf(tally.raters()), tally.krippendorffAlpha(), tally.fleissKappa());
    }

    /**
     * Rows come in span order, so each span is complete when the next begins: spans with one reviewer
     * are dropped at once instead of being held until the end.
     */
    private static List<AgreementReport.Unit> units(Stream<LabelledSpan> rows) {
        List<AgreementReport.Unit> units = new ArrayList<>();
        forEachUnit(rows, units::add);
        return units;
    }

    /** Each span labelled by two or more reviewers, as soon as the rows have moved past it. */
    private static void forEachUnit(Stream<LabelledSpan> rows, Consumer<AgreementReport.Unit> action) {
        AgreementReport.Unit[] current = {null};
        rows.forEach(row -> {
            AgreementReport.Unit unit = current[0];
            if (unit == null
                    || unit.documentId() != row.documentId()
                    || unit.start() != row.start()
                    || unit.end() != row.end()) {
                passIfShared(unit, action);
                unit = new AgreementReport.Unit(
                        row.documentId(), null, row.start(), row.end(), row.quote(), new TreeMap<>());
                current[0] = unit;
            }
            // A reviewer's latest statement on a span is their label for it.
            unit.labels().put(row.author(), row.label().code());
        });
        passIfShared(current[0], action);
    }

    private static void passIfShared(AgreementReport.Unit unit, Consumer<AgreementReport.Unit> action) {
        if (unit != null && unit.labels().size() >= 2) {
            action.accept(unit);
        }
    }

    /** Document titles by id; units carry none until they are shown. */
    private Map<Long, String> titles(List<Long> ids) {
        Map<Long, String> titles = new java.util.HashMap<>();
        documents.refs(ids).forEach((id, ref) -> titles.put(id, ref.title()));
        return titles;
    }

    private static AgreementReport.Unit titled(AgreementReport.Unit unit, Map<Long, String> titles) {
        return new AgreementReport.Unit(
                unit.documentId(),
                titles.get(unit.documentId()),
                unit.start(),
                unit.end(),
                unit.quote(),
                unit.labels());
    }

    /** Titles go only on what the report shows (documents, the first disagreements), not on every unit. */
    private static AgreementReport report(List<AgreementReport.Unit> units, Map<Long, String> titles) {
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
        // The headline figures come from the same tally as the dataset card's, so both always print the same.
        AgreementTally tally = new AgreementTally();
        codings.forEach(tally::add);
        List<AgreementReport.Unit> shown = units.stream()
                .filter(AgreementReport.Unit::disagreement)
                .limit(SHOWN_DISAGREEMENTS)
                .map(u -> titled(u, titles))
                .toList();
        int disagreementCount =
                (int) units.stream().filter(AgreementReport.Unit::disagreement).count();
        return new AgreementReport(
                units.size(),
                reviewers,
                tally.krippendorffAlpha(),
                tally.fleissKappa(),
                pairs,
                perLabel,
                documents,
                shown,
                disagreementCount);
    }
}
