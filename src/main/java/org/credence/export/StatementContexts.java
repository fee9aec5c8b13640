package org.credence.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import org.credence.review.ReviewState;
import org.credence.search.SentenceSpan;
import org.credence.search.Sentences;

/**
 * Puts the export query's statement rows in context: each with the editor's decision, its claim, its
 * document (columns and text) and the labels every reviewer gave the same span, keeping the
 * statements the export's filters ask for. {@link Completion} then adds the sentence and makes the
 * finished record; it is separate so that it can run on the writing thread while this runs on the
 * reading one (ReadAhead).
 * <p>
 * The rows are every statement of the chosen documents in (document, start, end, id) order, so one
 * span's statements arrive together: its labels are read off that group, not queried again, which is
 * why the statement filters are applied here and not in SQL (a reviewer-filtered export still shows
 * the other reviewers' labels). Decisions and claims are read once per document, the document's
 * columns once per document with a wanted statement; only the current document is held, so memory
 * stays that of one document however large the export.
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
            String evidenceUrl) {}

    /** An editor's decision on a statement. */
    record DecisionRow(ReviewState state, Label goldLabel, String decidedBy, Instant decidedAt) {}

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
            SortedMap<String, Label> spanLabels) {}

    private final Iterator<StatementRow> rows;
    private final LongFunction<DocumentReviews> loadReviews;
    private final LongFunction<DocumentContext> loadDocument;
    private final BiPredicate<StatementRow, DecisionRow> wanted;
    private final ArrayDeque<InContext> ready = new ArrayDeque<>();
    private final List<StatementRow> span = new ArrayList<>();
    private StatementRow lookahead;
    private long documentId = -1;
    private DocumentReviews reviews;
    private DocumentContext document;

    StatementContexts(
            Iterator<StatementRow> rows,
            LongFunction<DocumentReviews> loadReviews,
            LongFunction<DocumentContext> loadDocument,
            BiPredicate<StatementRow, DecisionRow> wanted) {
        this.rows = rows;
        this.loadReviews = loadReviews;
        this.loadDocument = loadDocument;
        this.wanted = wanted;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && (lookahead != null || rows.hasNext())) {
            readSpan();
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

    /** Reads the next span's statements and queues those the filters keep, in context. */
    private void readSpan() {
        span.clear();
        StatementRow first = lookahead != null ? lookahead : rows.next();
        lookahead = null;
        span.add(first);
        while (rows.hasNext()) {
            StatementRow row = rows.next();
            if (row.documentId() != first.documentId() || row.start() != first.start() || row.end() != first.end()) {
                lookahead = row;
                break;
            }
            span.add(row);
        }
        if (first.documentId() != documentId) {
            documentId = first.documentId();
            reviews = loadReviews.apply(documentId);
            document = null;
        }
        // In id order, so a reviewer's later statement on the same span wins.
        SortedMap<String, Label> labels = new TreeMap<>();
        for (StatementRow statement : span) {
            labels.put(statement.reviewer(), statement.label());
        }
        for (StatementRow statement : span) {
            DecisionRow decision = reviews.decisions().get(statement.id());
            if (wanted.test(statement, decision)) {
                if (document == null) {
                    document = loadDocument.apply(documentId);
                }
                ready.add(new InContext(statement, decision, reviews.claims().get(statement.id()), document, labels));
            }
        }
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
                    d == null ? null : d.decidedBy(),
                    d == null ? null : d.decidedAt(),
                    org.credence.annotation.Credibility.of(r.credibility()),
                    statement.claimId(),
                    Sentences.around(sentences, r.start(), r.end()),
                    statement.spanLabels(),
                    r.evidenceUrl());
        }
    }
}
