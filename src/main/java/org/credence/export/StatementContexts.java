package org.credence.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.SpanUnits;
import org.credence.annotation.UnitGrouping;
import org.credence.review.ReviewState;
import org.credence.search.SentenceSpan;
import org.credence.search.Sentences;

/**
 * Puts the export query's statement rows in context: each with the editor's decision, its claim, its
 * document (columns and text), its unit and the labels every reviewer gave in that unit, keeping the
 * statements the export's filters ask for. {@link Completion} then adds the sentence and makes the
 * finished record; it is separate so that it can run on the writing thread while this runs on the
 * reading one (ReadAhead).
 * <p>
 * The rows are every statement of the chosen documents in (document, start, end, id) order, so a
 * document's statements arrive together and are grouped into units ({@link UnitGrouping}) there:
 * each statement's unit and its reviewers' labels are read off that group, not queried again, which
 * is why the statement filters are applied here and not in SQL (a reviewer-filtered export still
 * shows the other reviewers' labels). Decisions and claims are read once per document, the
 * document's columns once per document with a wanted statement; only the current document is held,
 * so memory stays that of one document's statements however large the export.
 */
final class StatementContexts implements Iterator<StatementContexts.InContext> {

    /** A statement's own columns, as the export query reads them. */
    record StatementRow(
            long id,
            long documentId,
            int start,
            int end,
            String exact,
            String prefix,
            String suffix,
            Label label,
            Presentation presentation,
            String rationale,
            String attributionSource,
            String attributionCue,
            String tags,
            String reviewer,
            Instant createdAt,
            Instant modifiedAt,
            Integer credibility,
            String evidenceUrl)
            implements SpanUnits.ReviewerSpan {

        @Override
        public String author() {
            return reviewer;
        }
    }

    /** An editor's decision on a statement. */
    /** {@code goldStart}, {@code goldEnd}: null when the gold span is the statement's own. */
    record DecisionRow(
            ReviewState state,
            Label goldLabel,
            Integer goldStart,
            Integer goldEnd,
            String decidedBy,
            Instant decidedAt) {}

    /** A document's decisions and claim memberships, by statement id. */
    record DocumentReviews(Map<Long, DecisionRow> decisions, Map<Long, Long> claims) {}

    /** A document's columns and text as the database gives them. */
    record DocumentContext(
            String text,
            String title,
            String sha256,
            String author,
            Long sourceId,
            String sourceName,
            String sourceReliability,
            String url,
            LocalDate published) {}

    /** A statement with everything but its sentence. */
    record InContext(
            StatementRow row,
            DecisionRow decision,
            Long claimId,
            DocumentContext document,
            long unitId,
            SortedMap<String, Label> spanLabels) {}

    private final Iterator<StatementRow> rows;
    private final LongFunction<DocumentReviews> loadReviews;
    private final LongFunction<DocumentContext> loadDocument;
    private final BiPredicate<StatementRow, DecisionRow> wanted;
    private final UnitGrouping grouping;
    private final ArrayDeque<InContext> ready = new ArrayDeque<>();
    private final List<StatementRow> documentRows = new ArrayList<>();
    private StatementRow lookahead;

    StatementContexts(
            Iterator<StatementRow> rows,
            LongFunction<DocumentReviews> loadReviews,
            LongFunction<DocumentContext> loadDocument,
            BiPredicate<StatementRow, DecisionRow> wanted,
            UnitGrouping grouping) {
        this.rows = rows;
        this.loadReviews = loadReviews;
        this.loadDocument = loadDocument;
        this.wanted = wanted;
        this.grouping = grouping;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && (lookahead != null || rows.hasNext())) {
            readDocument();
        }
        return !ready.isEmpty();
    }

    @Override
    public InContext next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /**
     * Reads the next document's statements, groups them into units, and queues those the filters keep
     * in context, in the order they were read.
     */
    private void readDocument() {
        documentRows.clear();
        StatementRow first = lookahead != null ? lookahead : rows.next();
        lookahead = null;
        documentRows.add(first);
        while (rows.hasNext()) {
            StatementRow row = rows.next();
            if (row.documentId() != first.documentId()) {
                lookahead = row;
                break;
            }
            documentRows.add(row);
        }
        long documentId = first.documentId();
        DocumentReviews reviews = loadReviews.apply(documentId);
        Map<Long, List<StatementRow>> unitOf = new HashMap<>();
        SpanUnits.of(documentRows, grouping).forEach(unit -> unit.forEach(s -> unitOf.put(s.id(), unit)));
        Map<List<StatementRow>, SortedMap<String, Label>> labelsOf = new IdentityHashMap<>();
        DocumentContext document = null;
        for (StatementRow statement : documentRows) {
            DecisionRow decision = reviews.decisions().get(statement.id());
            if (wanted.test(statement, decision)) {
                if (document == null) {
                    document = loadDocument.apply(documentId);
                }
                List<StatementRow> unit = unitOf.get(statement.id());
                SortedMap<String, Label> labels = labelsOf.computeIfAbsent(unit, StatementContexts::labels);
                ready.add(new InContext(
                        statement,
                        decision,
                        reviews.claims().get(statement.id()),
                        document,
                        unit.get(0).id(),
                        labels));
            }
        }
    }

    /** Each reviewer's label in a unit (one statement per reviewer). */
    private static SortedMap<String, Label> labels(List<StatementRow> unit) {
        SortedMap<String, Label> labels = new TreeMap<>();
        unit.forEach(s -> labels.put(s.reviewer(), s.label()));
        return labels;
    }

    /**
     * Finishes statements put in context, in the same order: adds the sentence each stands in. Holds
     * the current document's sentences only.
     */
    static final class Completion {
        private DocumentContext document;
        private List<SentenceSpan> sentences = List.of();

        ExportRecord complete(InContext statement) {
            if (statement.document() != document) {
                document = statement.document();
                sentences = Sentences.of(document.text());
            }
            StatementRow r = statement.row();
            DecisionRow d = statement.decision();
            DocumentContext doc = statement.document();
            return new ExportRecord(
                    r.id(),
                    r.documentId(),
                    doc.title(),
                    doc.sha256(),
                    doc.author(),
                    doc.sourceId(),
                    doc.sourceName(),
                    org.credence.source.Reliability.parse(doc.sourceReliability()),
                    doc.url(),
                    doc.published(),
                    r.start(),
                    r.end(),
                    r.exact(),
                    r.prefix(),
                    r.suffix(),
                    r.label(),
                    r.presentation(),
                    r.rationale(),
                    r.attributionSource(),
                    r.attributionCue(),
                    r.tags(),
                    r.reviewer(),
                    r.createdAt(),
                    r.modifiedAt(),
                    d == null ? null : d.state(),
                    d == null ? null : d.goldLabel(),
                    d == null ? null : d.goldStart(),
                    d == null ? null : d.goldEnd(),
                    d == null ? null : d.decidedBy(),
                    d == null ? null : d.decidedAt(),
                    org.credence.annotation.Credibility.of(r.credibility()),
                    statement.claimId(),
                    Sentences.around(sentences, r.start(), r.end()),
                    statement.unitId(),
                    statement.spanLabels(),
                    r.evidenceUrl());
        }
    }
}
