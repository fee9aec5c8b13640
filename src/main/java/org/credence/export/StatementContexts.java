package org.credence.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
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
import org.credence.annotation.UnitStream;
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
 * The rows are every statement of the chosen documents in (document, start, end, id) order, so they
 * are grouped into units ({@link UnitGrouping}) as they stream past:
 * each statement's unit and its reviewers' labels are read off that group, not queried again, which
 * is why the statement filters are applied here and not in SQL (a reviewer-filtered export still
 * shows the other reviewers' labels). Decisions and claims are read once per document, the
 * document's columns once per document with a wanted statement; only the rows of units still open are
 * held ({@link UnitStream}), so memory stays that of the overlapping region however large the document.
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
    private final UnitStream<StatementRow> units;
    private final ArrayDeque<InContext> ready = new ArrayDeque<>();
    /** Rows read whose unit may still grow, in the order read. */
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    private long documentId = -1;
    private DocumentReviews reviews;
    private DocumentContext document;
    private long documentLoaded = -1;

    private record Pending(StatementRow row, UnitStream.Unit<StatementRow> unit, DocumentReviews reviews) {}

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
        this.units = new UnitStream<>(grouping, StatementRow::documentId, unit -> {});
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && (rows.hasNext() || !pending.isEmpty())) {
            if (rows.hasNext()) {
                read(rows.next());
            } else {
                units.finish();
                release();
            }
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

    /** Adds a row to its unit; decisions and claims are read once per document, when its first row comes. */
    private void read(StatementRow row) {
        if (row.documentId() != documentId) {
            units.finish();
            release();
            documentId = row.documentId();
            reviews = loadReviews.apply(documentId);
        }
        pending.add(new Pending(row, units.add(row), reviews));
        release();
    }

    /**
     * Puts in context, in the order read, the rows whose units are complete, keeping those the filters
     * ask for; the document's columns are read once, for its first wanted row.
     */
    private void release() {
        while (!pending.isEmpty() && pending.peekFirst().unit().complete()) {
            Pending next = pending.pollFirst();
            StatementRow statement = next.row();
            DecisionRow decision = next.reviews().decisions().get(statement.id());
            if (!wanted.test(statement, decision)) {
                continue;
            }
            if (documentLoaded != statement.documentId()) {
                document = loadDocument.apply(statement.documentId());
                documentLoaded = statement.documentId();
            }
            List<StatementRow> unit = next.unit().members();
            ready.add(new InContext(
                    statement,
                    decision,
                    next.reviews().claims().get(statement.id()),
                    document,
                    unit.get(0).id(),
                    labels(unit)));
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
