package org.credence.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.credence.annotation.Label;
import org.credence.search.SentenceSpan;
import org.credence.search.Sentences;

/**
 * Turns the export query's rows into finished records: adds each statement's document columns (title,
 * checksum, source…), its sentence and the labels every reviewer gave the same span, then keeps the
 * statements the export's filters ask for.
 * <p>
 * The rows are every statement of the chosen documents in (document, start, end, id) order, so one
 * span's statements arrive together: its labels are read off that group, not queried again, which is
 * why the statement filters are applied here and not in SQL (a reviewer-filtered export still shows
 * the other reviewers' labels). Document columns are read once per document, and only the current
 * document's sentences are held: memory stays that of one document however large the export.
 */
final class StatementContexts implements Iterator<ExportRecord> {

    /** A document's columns and text as the database gives them. */
    record DocumentContext(String text, String title, String sha256, String author, Long sourceId, String sourceName,
            String sourceReliability, String url, java.time.LocalDate published) {
    }

    private final Iterator<ExportRecord> rows;
    private final LongFunction<DocumentContext> loadDocument;
    private final Predicate<ExportRecord> wanted;
    private final ArrayDeque<ExportRecord> ready = new ArrayDeque<>();
    private final List<ExportRecord> span = new ArrayList<>();
    private ExportRecord lookahead;
    private long documentId = -1;
    private DocumentContext document;
    private List<SentenceSpan> sentences = List.of();

    StatementContexts(Iterator<ExportRecord> rows, LongFunction<DocumentContext> loadDocument,
            Predicate<ExportRecord> wanted) {
        this.rows = rows;
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
    public ExportRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** Reads the next span's statements and queues those the filters keep, in context. */
    private void readSpan() {
        span.clear();
        ExportRecord first = lookahead != null ? lookahead : rows.next();
        lookahead = null;
        span.add(first);
        while (rows.hasNext()) {
            ExportRecord row = rows.next();
            if (row.documentId() != first.documentId() || row.start() != first.start() || row.end() != first.end()) {
                lookahead = row;
                break;
            }
            span.add(row);
        }
        // In id order, so a reviewer's later statement on the same span wins.
        SortedMap<String, Label> labels = new TreeMap<>();
        for (ExportRecord statement : span) {
            labels.put(statement.reviewer(), statement.label());
        }
        String sentence = null;
        for (ExportRecord statement : span) {
            if (wanted.test(statement)) {
                if (sentence == null) {
                    moveTo(statement.documentId());
                    sentence = Sentences.around(sentences, statement.start(), statement.end());
                }
                ready.add(statement.inContext(document, sentence, labels));
            }
        }
    }

    private void moveTo(long nextDocumentId) {
        if (nextDocumentId != documentId) {
            documentId = nextDocumentId;
            document = loadDocument.apply(nextDocumentId);
            sentences = Sentences.of(document.text());
        }
    }
}
