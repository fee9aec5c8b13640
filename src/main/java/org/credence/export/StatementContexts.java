package org.credence.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.credence.annotation.Label;
import org.credence.search.SentenceSpan;
import org.credence.search.Sentences;

/**
 * Adds to each exported statement its document's columns (title, checksum, source…), its sentence and
 * the labels every reviewer gave the same span; reading them once per document instead of on every
 * statement row is a third less to transfer for a million statements.
 * Records come in document order, so only the current document's sentences and span labels are held:
 * memory stays that of one document however large the export.
 */
final class StatementContexts {

    /** A document's context as the database gives it: text, span labels and the document's own columns. */
    record DocumentContext(String text, List<SpanLabel> labels, String title, String sha256, String author,
            Long sourceId, String sourceName, String sourceReliability, String url, java.time.LocalDate published) {
    }

    /** One reviewer's label on a span; later statements of the same reviewer on the span win. */
    record SpanLabel(int start, int end, String reviewer, Label label) {
    }

    private record Span(int start, int end) {
    }

    private final LongFunction<DocumentContext> load;
    private long documentId = -1;
    private DocumentContext document;
    private List<SentenceSpan> sentences = List.of();
    private Map<Span, SortedMap<String, Label>> labels = Map.of();

    StatementContexts(LongFunction<DocumentContext> load) {
        this.load = load;
    }

    ExportRecord enrich(ExportRecord record) {
        if (record.documentId() != documentId) {
            documentId = record.documentId();
            DocumentContext context = load.apply(documentId);
            document = context;
            sentences = Sentences.of(context.text());
            labels = new HashMap<>();
            for (SpanLabel spanLabel : context.labels()) {
                labels.computeIfAbsent(new Span(spanLabel.start(), spanLabel.end()), s -> new TreeMap<>())
                        .put(spanLabel.reviewer(), spanLabel.label());
            }
        }
        return record.inContext(document, Sentences.around(sentences, record.start(), record.end()),
                labels.get(new Span(record.start(), record.end())));
    }
}
