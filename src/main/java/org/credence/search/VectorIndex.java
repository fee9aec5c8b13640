package org.credence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.credence.base.domain.TextSpan;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The sentences' embeddings in Lucene's HNSW graph (an approximate nearest-neighbour index), built on
 * each node like the full-text index (in a temporary folder of its own, memory-mapped), filled from the
 * {@code sentence_embedding} table. A unit is the same (document, start, end) as the full-text
 * index's, so the two rankings can be fused.
 */
@Component
class VectorIndex implements DisposableBean {

    static final String DOCUMENT = "document";
    static final String PROJECT = "project";
    static final String SOURCE = "source";
    static final String START = "start";
    static final String END = "end";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    private static final String FOLDER_PREFIX = "credence-vectors-";

    /**
     * On disk in a temporary folder of this node, read through memory mapping, rather than on the heap:
     * 10,000 documents' vectors are half a gigabyte (330,000 sentences × 384 floats), which under
     * -Xmx512m ran the heap out in a benchmark and took the JVM down inside native code. The operating
     * system's page cache keeps the index as fast while memory allows. Deleted when the node stops.
     */
    private final Path folder;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Set<Long> indexed = ConcurrentHashMap.newKeySet();
    /** Per project, the sum of its sentences' vectors and how many: their centroid, what they all share. */
    private final java.util.Map<Long, double[]> sums = new ConcurrentHashMap<>();

    private final java.util.Map<Long, Long> counts = new ConcurrentHashMap<>();

    VectorIndex() {
        try {
            removeAbandonedFolders();
            folder = Files.createTempDirectory(FOLDER_PREFIX);
            directory = new MMapDirectory(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig());
            writer.commit();
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(
                        org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setQueryCachingPolicy(PROJECT_FILTERS);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Folders left by a node that was killed: their index's write lock is free (a running node, also
     * another one on this machine, holds its own).
     */
    private static void removeAbandonedFolders() throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (var folders = Files.newDirectoryStream(temporary, FOLDER_PREFIX + "*")) {
            for (Path stale : folders) {
                try (Directory abandoned = new MMapDirectory(stale);
                        var lock = abandoned.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    // held by nobody: the node that made it is gone
                } catch (IOException inUse) {
                    continue;
                }
                FileSystemUtils.deleteRecursively(stale);
            }
        }
    }

    /** A document's sentences with their vectors, in the same units as the full-text index. */
    record EmbeddedDocument(long documentId, long projectId, Long sourceId, List<Unit> units) {}

    record Unit(int start, int end, String text, float[] vector) {}

    boolean contains(long documentId) {
        return indexed.contains(documentId);
    }

    synchronized void add(List<EmbeddedDocument> documents) {
        try {
            for (EmbeddedDocument document : documents) {
                if (!indexed.add(document.documentId())) {
                    continue;
                }
                double[] sum = sums.computeIfAbsent(document.projectId(), p -> new double[SentenceEncoder.DIMENSIONS]);
                counts.merge(document.projectId(), (long) document.units().size(), Long::sum);
                for (Unit unit : document.units()) {
                    for (int i = 0; i < sum.length && i < unit.vector().length; i++) {
                        sum[i] += unit.vector()[i];
                    }
                    Document entry = new Document();
                    entry.add(new LongPoint(DOCUMENT, document.documentId()));
                    entry.add(new StoredField(DOCUMENT, document.documentId()));
                    entry.add(new NumericDocValuesField(DOCUMENT, document.documentId()));
                    entry.add(new LongPoint(PROJECT, document.projectId()));
                    entry.add(new StoredField(SOURCE, document.sourceId() == null ? -1 : document.sourceId()));
                    entry.add(new StoredField(START, unit.start()));
                    entry.add(new IntPoint(START, unit.start()));
                    entry.add(new StoredField(END, unit.end()));
                    entry.add(new StoredField(TEXT, unit.text()));
                    entry.add(new KnnFloatVectorField(VECTOR, unit.vector(), VectorSimilarityFunction.COSINE));
                    writer.addDocument(entry);
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mean of the project's sentence vectors on this node (zeros when it has none). */
    synchronized float[] centroid(long projectId) {
        double[] sum = sums.get(projectId);
        long n = counts.getOrDefault(projectId, 0L);
        float[] mean = new float[SentenceEncoder.DIMENSIONS];
        if (sum != null && n > 0) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] = (float) (sum[i] / n);
            }
        }
        return mean;
    }

    /**
     * The {@code k} sentences nearest to the vector in the project, outside one document, nearest first;
     * the score is the cosine similarity (-1 to 1).
     */
    List<SentenceHit> nearest(float[] vector, long projectId, long excludedDocumentId, int k) {
        return search(vector, projectId, excludedDocumentId, k, false).stream()
                .map(Neighbour::hit)
                .toList();
    }

    /** A hit with its sentence's vector. */
    record Neighbour(SentenceHit hit, float[] vector) {}

    /** As {@link #nearest}, with each hit's vector, for scores computed on vectors (claim discovery). */
    List<Neighbour> nearestWithVectors(float[] vector, long projectId, long excludedDocumentId, int k) {
        return search(vector, projectId, excludedDocumentId, k, true);
    }

    /**
     * These sentences (found by shared words) with their similarity to the vector and their vectors; a
     * sentence not in the index is left out.
     */
    List<Neighbour> withVectors(float[] vector, long projectId, java.util.Collection<TextSpan> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        for (TextSpan sentence : sentences) {
            any.add(
                    new BooleanQuery.Builder()
                            .add(LongPoint.newExactQuery(DOCUMENT, sentence.documentId()), BooleanClause.Occur.FILTER)
                            .add(IntPoint.newExactQuery(START, sentence.start()), BooleanClause.Occur.FILTER)
                            .build(),
                    BooleanClause.Occur.SHOULD);
        }
        Query filter = new BooleanQuery.Builder()
                .add(LongPoint.newExactQuery(PROJECT, projectId), BooleanClause.Occur.FILTER)
                .add(any.build(), BooleanClause.Occur.FILTER)
                .build();
        return search(vector, filter, sentences.size(), NO_DOCUMENT, sentences.size(), true)
                .kept();
    }

    /**
     * Nearest in the project, the excluded document's own sentences dropped afterwards (more are asked
     * for, and more again when they filled the answer). Excluding the document in the filter made each
     * query build a bit set of "this project, not this document" over the whole index — the filter
     * differs per document, so nothing could be reused — and discovery, which asks once per sentence,
     * grew with the square of the corpus. The project's filter alone is cached per segment
     * ({@link #PROJECT_FILTERS}), and Lucene uses a cached bit set as it is.
     */
    private List<Neighbour> search(
            float[] vector, long projectId, long excludedDocumentId, int k, boolean withVectors) {
        Query project = LongPoint.newExactQuery(PROJECT, projectId);
        int asked = k + OWN_SENTENCES_ROOM;
        while (true) {
            Found found = search(vector, project, asked, excludedDocumentId, k, withVectors);
            if (found.kept().size() == k || found.nearest() < asked) {
                return found.kept();
            }
            asked *= 4;
        }
    }

    /** Not a document's id (they start at 1): nothing excluded. */
    private static final long NO_DOCUMENT = -1;

    /** Room for the excluded document's own sentences among the nearest: a news article has about 30. */
    private static final int OWN_SENTENCES_ROOM = 40;

    /** Only the per-project filters are worth keeping: every query of a project reuses its bit set. */
    private static final QueryCachingPolicy PROJECT_FILTERS = new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {}

        @Override
        public boolean shouldCache(Query query) {
            return query instanceof PointRangeQuery range && range.getField().equals(PROJECT);
        }
    };

    /** The first {@code k} hits outside the excluded document, and how many the graph search found. */
    private record Found(List<Neighbour> kept, int nearest) {}

    /**
     * The document of each hit is read from its doc values, and a hit's stored fields and vector only
     * when it is kept: most of the extra hits asked for are the excluded document's own sentences, and
     * reading their stored fields (a compressed block each) was most of a discovery query.
     */
    private Found search(float[] vector, Query filter, int asked, long excludedDocumentId, int k, boolean withVectors) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, asked, filter), asked);
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                StoredFields stored = searcher.storedFields();
                List<Neighbour> kept = new ArrayList<>();
                for (ScoreDoc scored : top.scoreDocs) {
                    if (kept.size() == k) {
                        break;
                    }
                    if (documentOf(leaves, scored.doc) == excludedDocumentId) {
                        continue;
                    }
                    Document unit = stored.document(scored.doc);
                    long source = unit.getField(SOURCE).numericValue().longValue();
                    SentenceHit hit = new SentenceHit(
                            unit.getField(DOCUMENT).numericValue().longValue(),
                            source < 0 ? null : source,
                            unit.getField(START).numericValue().intValue(),
                            unit.getField(END).numericValue().intValue(),
                            unit.get(TEXT),
                            2 * scored.score - 1, // Lucene scores cosine as (1 + cos) / 2
                            List.of());
                    kept.add(new Neighbour(hit, withVectors ? vectorOf(leaves, scored.doc) : null));
                }
                return new Found(kept, top.scoreDocs.length);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long documentOf(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues documents = leaf.reader().getNumericDocValues(DOCUMENT);
        int local = doc - leaf.docBase;
        if (documents == null || !documents.advanceExact(local)) {
            throw new IllegalStateException("No document recorded for sentence " + doc);
        }
        return documents.longValue();
    }

    private static float[] vectorOf(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        org.apache.lucene.index.FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        int local = doc - leaf.docBase;
        if (values == null || values.advance(local) != local) {
            throw new IllegalStateException("No vector stored for sentence " + doc);
        }
        return values.vectorValue().clone();
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        FileSystemUtils.deleteRecursively(folder);
    }
}
