package org.credence.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credence.annotation.Label;
import org.credence.annotation.Statement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agreement between reviewers, corpus-wide, per label and per document, with the disagreements. */
@Service
public class AgreementService {

    static final String MAY_SEE = "hasAnyRole('EDITOR', 'RESEARCHER', 'ADMIN')";

    private final DecisionRepository statements;

    AgreementService(DecisionRepository statements) {
        this.statements = statements;
    }

    @PreAuthorize(MAY_SEE)
    @Transactional(readOnly = true)
    public AgreementReport corpus() {
        return report(units(statements.findAllStatementsInTextOrder()));
    }

    private static List<AgreementReport.Unit> units(List<Statement> all) {
        Map<String, AgreementReport.Unit> bySpan = new LinkedHashMap<>();
        for (Statement s : all) {
            AgreementReport.Unit unit = bySpan.computeIfAbsent(s.getDocument().getId() + ":" + s.getStart() + ":" + s.getEnd(),
                    k -> new AgreementReport.Unit(s.getDocument().getId(), s.getDocument().getTitle(), s.getStart(),
                            s.getEnd(), s.getQuote(), new TreeMap<>()));
            // A reviewer's latest statement on a span is their label for it.
            unit.labels().put(s.getAuthor(), s.getLabel().code());
        }
        return bySpan.values().stream().filter(u -> u.labels().size() >= 2).toList();
    }

    private static AgreementReport report(List<AgreementReport.Unit> units) {
        List<Map<String, ?>> codings = units.stream().<Map<String, ?>>map(AgreementReport.Unit::labels).toList();
        List<String> reviewers = AgreementCalculator.raters(codings);
        List<AgreementReport.PairAgreement> pairs = new ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            for (int j = i + 1; j < reviewers.size(); j++) {
                String a = reviewers.get(i);
                String b = reviewers.get(j);
                int shared = (int) units.stream().filter(u -> u.labels().containsKey(a) && u.labels().containsKey(b)).count();
                if (shared > 0) {
                    pairs.add(new AgreementReport.PairAgreement(a, b, shared, AgreementCalculator.cohenKappa(codings, a, b)));
                }
            }
        }
        Map<String, Double> perLabel = new LinkedHashMap<>();
        for (Label label : Label.values()) {
            perLabel.put(label.code(), AgreementCalculator.krippendorffAlpha(codings, label.code()));
        }
        Map<Long, List<AgreementReport.Unit>> byDocument = new LinkedHashMap<>();
        units.forEach(u -> byDocument.computeIfAbsent(u.documentId(), k -> new ArrayList<>()).add(u));
        List<AgreementReport.DocumentAgreement> documents = byDocument.values().stream().map(list -> {
            AgreementReport.Unit first = list.get(0);
            return new AgreementReport.DocumentAgreement(first.documentId(), first.documentTitle(), list.size(),
                    (int) list.stream().filter(AgreementReport.Unit::disagreement).count(),
                    AgreementCalculator.krippendorffAlpha(list.stream().<Map<String, ?>>map(AgreementReport.Unit::labels)
                            .toList()));
        }).toList();
        return new AgreementReport(units.size(), reviewers, AgreementCalculator.krippendorffAlpha(codings),
                AgreementCalculator.fleissKappa(codings), pairs, perLabel, documents,
                units.stream().filter(AgreementReport.Unit::disagreement).toList());
    }
}
