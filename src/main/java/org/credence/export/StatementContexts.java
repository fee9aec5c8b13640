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
 * Puts the export query's rows in context: each statement with its document (columns and text) and
 * the labels every reviewer gave the same span, keeping the statements the export's filters ask for.
 * {@link Completion} then adds the sentence and makes the finished record; it is separate so that it
 * can run on the writing thread while this runs on the reading one (ReadAhead).
 * <p>
 * The rows are every statement of the chosen documents in (document, start, end, id) order, so one
 * span's statements arrive together: its labels are read off that group, not queried again, which is
 * why the statement filters are applied here and not in SQL (a reviewer-filtered export still shows
 * the other reviewers' labels). Document columns are read once per document, and only the current
 * document's sentences are held: memory stays that of one document however large the export.
 */
final class StatementContexts implements Iterator<StatementContexts.InContext> {

    /** A document's columns and text as the database gives them. */
    record DocumentContext(String text, String title, String sha256, String author, Long sourceId, String sourceName,
            String sourceReliability, String url, java.time.LocalDate published) {
    }

    /** A statement row with its document and the labels on its span, still without its sentence. */
    record InContext(ExportRecord row, DocumentContext document, SortedMap<String, Label> spanLabels) {
    }

    private final Iterator<ExportRecord> rows;
    private final LongFunction<DocumentContext> loadDocument;
    private final Predicate<ExportRecord> wanted;
    private final ArrayDeque<InContext> ready = new ArrayDeque<>();
    private final List<ExportRecord> span = new ArrayList<>();
    private ExportRecord lookahead;
    private long documentId = -1;
    private DocumentContext document;

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
    public InContext next() {
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
        for (ExportRecord statement : span) {
            if (wanted.test(statement)) {
                if (statement.documentId() != documentId) {
                    documentId = statement.documentId();
                    document = loadDocument.apply(documentId);
                }
                ready.add(new InContext(statement, document, labels));
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
            ExportRecord row = statement.row();
            return row.inContext(document, Sentences.around(sentences, row.start(), row.end()), statement.spanLabels());
        }
    }
}
