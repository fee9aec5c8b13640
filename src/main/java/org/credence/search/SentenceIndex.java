package org.credence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.credence.base.domain.CodePoints;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Every sentence of every document in a Lucene index (BM25, English stemming and stop words), kept
 * in memory on each application node. Documents never change after import, so the index only ever
 * grows; each node catches up from the database before it answers (see {@link SearchService}), which
 * keeps several nodes correct without sharing an index.
 */
@Component
class SentenceIndex implements DisposableBean {

    static final String DOCUMENT = "document";
    static final String SOURCE = "source";
    /** Lucene wants one structure per field name: the filterable point and the stored value are two fields. */
    static final String SOURCE_POINT = "source_point";
    /** Every search filters on the project the searcher acts in. */
    static final String PROJECT = "project";

    static final String START = "start";
    static final String END = "end";
    /** The sentence as stored, to show and highlight; it is searched under {@link #textIn}. */
    static final String TEXT = "text";

    /**
     * The field a project's sentences are searched under. BM25 counts how rare a word is and how long
     * sentences are per field, so a field per project makes those counts the project's own: one
     * investigation's ranking never moves because another imported documents, and no score says anything
     * about what another project holds.
     */
    static String textIn(long projectId) {
        return TEXT + "_" + projectId;
    }

    private static boolean isSentenceText(String field) {
        return field.startsWith(TEXT + "_");
    }

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Set<Long> indexed = ConcurrentHashMap.newKeySet();

    SentenceIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    boolean contains(long documentId) {
        return indexed.contains(documentId);
    }

    int documentCount() {
        return indexed.size();
    }

    /** Adds documents not indexed yet, then makes them searchable. */
    synchronized void add(List<IndexedDocument> documents) {
        try {
            for (IndexedDocument document : documents) {
                if (!indexed.add(document.id())) {
                    continue;
                }
                for (SentenceSpan sentence : Sentences.of(document.text())) {
                    Document unit = new Document();
                    unit.add(new LongPoint(DOCUMENT, document.id()));
                    unit.add(new StoredField(DOCUMENT, document.id()));
                    unit.add(new LongPoint(PROJECT, document.projectId()));
                    // Documents without a source have no source point, so no source filter ever matches them.
                    if (document.sourceId() != null) {
                        unit.add(new LongPoint(SOURCE_POINT, document.sourceId()));
                    }
                    unit.add(new StoredField(SOURCE, document.sourceId() == null ? -1 : document.sourceId()));
                    unit.add(new StoredField(START, sentence.start()));
                    unit.add(new StoredField(END, sentence.end()));
                    unit.add(new StoredField(TEXT, sentence.text()));
                    unit.add(new TextField(textIn(document.projectId()), sentence.text(), Field.Store.NO));
                    writer.addDocument(unit);
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The free-text query as terms of the project's sentences (OR, scored by BM25); null when it has none. */
    Query terms(String text, long projectId) {
        return new QueryBuilder(analyzer).createBooleanQuery(textIn(projectId), text, BooleanClause.Occur.SHOULD);
    }

    /**
     * Like {@link #terms} but a sentence must share at least {@code share} of the distinct terms: one
     * rare shared word (a name) is not enough to say the same thing.
     */
    Query someOfTheTerms(String text, double share, long projectId) {
        return someOfTheTerms(text, share, null, projectId);
    }

    /**
     * As {@link #someOfTheTerms(String, double, long)}, each term counting once more for every time {@code
     * favoured} (the words the reviewer highlighted, inside {@code text}) has it: the score of the
     * sentence's terms plus that of the highlighted ones, in one query (a term the text has twice is two
     * clauses, so each gets half the extra weight). The highlight lies inside the text (the matcher passes
     * the sentences covering it), so its terms are the text's; a term of the highlight the text lacks (a
     * highlight cutting a word in two) adds nothing, where the two-query form scored it. Written as one required
     * query and an optional one, the same ranking cost four times as much on a corpus where thousands
     * of sentences share the words (10,000 reports): the optional half keeps Lucene from skipping the
     * sentences that can no longer reach the best hundred.
     */
    Query someOfTheTerms(String text, double share, String favoured, long projectId) {
        Query query = terms(text, projectId);
        if (!(query instanceof BooleanQuery bool)) {
            return favoured == null ? query : boosted(query, terms(favoured, projectId));
        }
        Map<Term, Integer> extra = favoured == null ? Map.of() : termCounts(terms(favoured, projectId));
        Map<Term, Integer> own = termCounts(query);
        BooleanQuery.Builder atLeast = new BooleanQuery.Builder();
        for (BooleanClause clause : bool.clauses()) {
            Query term = clause.getQuery();
            int times = term instanceof TermQuery t ? extra.getOrDefault(t.getTerm(), 0) : 0;
            atLeast.add(
                    times == 0 ? term : new BoostQuery(term, 1 + times / (float) own.get(((TermQuery) term).getTerm())),
                    clause.getOccur());
        }
        atLeast.setMinimumNumberShouldMatch(
                Math.max(1, (int) Math.ceil(share * bool.clauses().size())));
        return atLeast.build();
    }

    private static Query boosted(Query single, Query favoured) {
        int times = single instanceof TermQuery t ? termCounts(favoured).getOrDefault(t.getTerm(), 0) : 0;
        return times == 0 ? single : new BoostQuery(single, 1 + times);
    }

    /** The query's terms, each with how many times the text it was made of has it. */
    private static Map<Term, Integer> termCounts(Query query) {
        Map<Term, Integer> counts = new HashMap<>();
        if (query instanceof TermQuery t) {
            counts.put(t.getTerm(), 1);
        } else if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getQuery() instanceof TermQuery t) {
                    counts.merge(t.getTerm(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Runs {@code query}, restricted by {@code filters} (all must hold), best first. */
    List<SentenceHit> search(Query query, List<Query> filters, int limit) {
        BooleanQuery.Builder combined = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filters.forEach(f -> combined.add(f, BooleanClause.Occur.FILTER));
        Set<String> wanted = analysedTerms(query);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(combined.build(), limit);
                List<SentenceHit> hits = new ArrayList<>();
                for (ScoreDoc scored : top.scoreDocs) {
                    Document unit = searcher.storedFields().document(scored.doc);
                    long source = unit.getField(SOURCE).numericValue().longValue();
                    String text = unit.get(TEXT);
                    hits.add(new SentenceHit(
                            unit.getField(DOCUMENT).numericValue().longValue(),
                            source < 0 ? null : source,
                            unit.getField(START).numericValue().intValue(),
                            unit.getField(END).numericValue().intValue(),
                            text,
                            scored.score,
                            highlights(text, wanted)));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> analysedTerms(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query q, org.apache.lucene.index.Term... found) {
                for (org.apache.lucene.index.Term term : found) {
                    if (isSentenceText(term.field())) {
                        terms.add(term.text());
                    }
                }
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return terms;
    }

    /** Where in the sentence (code points from its start) the query's terms occur, after the same analysis. */
    private List<int[]> highlights(String sentence, Set<String> terms) {
        List<int[]> ranges = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, sentence)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    ranges.add(new int[] {
                        CodePoints.fromUtf16(sentence, offset.startOffset()),
                        CodePoints.fromUtf16(sentence, offset.endOffset())
                    });
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ranges;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
