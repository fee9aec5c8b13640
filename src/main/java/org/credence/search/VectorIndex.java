package org.credence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
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
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(VectorIndex.class);

    /**
     * On disk in a temporary folder of this node, read through memory mapping, rather than on the heap:
     * 10,000 documents' vectors are a gigabyte (330,000 sentences × 768 floats); half that, on the heap
     * under -Xmx512m, ran it out in a benchmark and took the JVM down inside native code. The operating
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

    /**
     * Per document, the mean of its sentences' vectors: what the whole report is about, to tell a
     * retelling in a report of the same story from a like sentence about another story in the project.
     * 768 floats a document (30 MB for 10,000).
     */
    private final java.util.Map<Long, float[]> documentCentroids = new ConcurrentHashMap<>();

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
        addUnseen(documents);
        refresh();
    }

    /**
     * Adds documents without making them searchable yet (a bulk load: {@link #refresh} once at its end).
     * Refreshing after each hundred documents made a segment each, and a search walks one graph per
     * segment: 10,000 documents loaded at start-up were searched as dozens of graphs.
     */
    synchronized void addUnseen(List<EmbeddedDocument> documents) {
        try {
            for (EmbeddedDocument document : documents) {
                if (!indexed.add(document.documentId())) {
                    continue;
                }
                double[] sum = sums.computeIfAbsent(document.projectId(), p -> new double[SentenceEncoder.DIMENSIONS]);
                counts.merge(document.projectId(), (long) document.units().size(), Long::sum);
                float[] mean = new float[SentenceEncoder.DIMENSIONS];
                for (Unit unit : document.units()) {
                    for (int i = 0; i < sum.length && i < unit.vector().length; i++) {
                        sum[i] += unit.vector()[i];
                        mean[i] += unit.vector()[i] / document.units().size();
                    }
                    Document entry = new Document();
                    entry.add(new LongPoint(DOCUMENT, document.documentId()));
                    entry.add(new StoredField(DOCUMENT, document.documentId()));
                    entry.add(new LongPoint(PROJECT, document.projectId()));
                    entry.add(new StoredField(SOURCE, document.sourceId() == null ? -1 : document.sourceId()));
                    entry.add(new StoredField(START, unit.start()));
                    entry.add(new IntPoint(START, unit.start()));
                    entry.add(new StoredField(END, unit.end()));
                    entry.add(new StoredField(TEXT, unit.text()));
                    entry.add(new KnnFloatVectorField(VECTOR, unit.vector(), VectorSimilarityFunction.COSINE));
                    writer.addDocument(entry);
                }
                if (!document.units().isEmpty()) {
                    documentCentroids.put(document.documentId(), mean);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was added searchable. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment in the background, after a bulk load: one graph to walk per
     * search instead of one per segment (searches and additions go on meanwhile, on the segments as they
     * were until the merge is done). Started at most once at a time.
     */
    void compactInBackground() {
        if (!compacting.compareAndSet(false, true)) {
            return;
        }
        Thread merging = new Thread(
                () -> {
                    try {
                        writer.forceMerge(1);
                        searchers.maybeRefreshBlocking();
                    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
                        log.warn("The vector index could not be merged into one segment: {}", e.getMessage());
                    } finally {
                        compacting.set(false);
                    }
                },
                "vector-index-compaction");
        merging.setDaemon(true);
        merging.start();
    }

    /** Whether a compaction after a bulk load is still running. */
    boolean compacting() {
        return compacting.get();
    }

    private final java.util.concurrent.atomic.AtomicBoolean compacting =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** Segments searchers see now (one after a compaction, more while documents are added). */
    int segments() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
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

    /** The mean of a document's sentence vectors on this node, or null when it is not in the index. */
    float[] documentCentroid(long documentId) {
        return documentCentroids.get(documentId);
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

    /** A document's sentences with their vectors, in text order (none while it is not embedded). */
    List<Neighbour> sentencesOfDocument(long projectId, long documentId) {
        Query filter = new BooleanQuery.Builder()
                .add(LongPoint.newExactQuery(PROJECT, projectId), BooleanClause.Occur.FILTER)
                .add(LongPoint.newExactQuery(DOCUMENT, documentId), BooleanClause.Occur.FILTER)
                .build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int count = searcher.count(filter);
                if (count == 0) {
                    return List.of();
                }
                return neighbours(searcher, searcher.search(filter, count), count, true).stream()
                        .sorted(Comparator.comparingInt(n -> n.hit().start()))
                        .toList();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        int k = sentences.size();
        return search(new KnnFloatVectorQuery(VECTOR, vector, k, filter), k, k, true);
    }

    /**
     * Nearest in the project outside one document. The project's filter is cached per segment
     * ({@link #PROJECT_FILTERS}) and Lucene uses a cached bit set as it is; the document is left out by
     * the graph search itself ({@link NearestOutside}). Both halves matter: a filter "this project, not
     * this document" differs per document, so each query built its bit set over the whole index and
     * discovery, which asks once per sentence, grew with the square of the corpus; and asking for more
     * hits to drop the document's own sentences afterwards (a news article has about 30, all near)
     * widened every graph search by as many.
     */
    private List<Neighbour> search(
            float[] vector, long projectId, long excludedDocumentId, int k, boolean withVectors) {
        Query project = LongPoint.newExactQuery(PROJECT, projectId);
        int asked = Math.max(k, SMALLEST_BEAM);
        return search(new NearestOutside(vector, asked, project, excludedDocumentId), asked, k, withVectors);
    }

    /**
     * The graph search keeps this many candidates at least: HNSW is approximate, and a search for the
     * dozen nearest (claim discovery) finds the true dozen far more often with a wider beam.
     */
    private static final int SMALLEST_BEAM = 50;

    /**
     * A nearest-neighbour query whose graph search never accepts one document's sentences (found per
     * segment through the document's point field: a few dozen ids, looked up by binary search).
     */
    private static final class NearestOutside extends KnnFloatVectorQuery {

        private final long excludedDocumentId;

        NearestOutside(float[] vector, int k, Query filter, long excludedDocumentId) {
            super(VECTOR, vector, k, filter);
            this.excludedDocumentId = excludedDocumentId;
        }

        @Override
        protected TopDocs approximateSearch(
                LeafReaderContext context, Bits acceptDocs, int visitedLimit, KnnCollectorManager collectors)
                throws IOException {
            int[] own = sentencesOf(context, excludedDocumentId);
            Bits accepted = own.length == 0
                    ? acceptDocs
                    : new Bits() {
                        @Override
                        public boolean get(int doc) {
                            return (acceptDocs == null || acceptDocs.get(doc)) && Arrays.binarySearch(own, doc) < 0;
                        }

                        @Override
                        public int length() {
                            return context.reader().maxDoc();
                        }
                    };
            return super.approximateSearch(context, accepted, visitedLimit, collectors);
        }

        @Override
        protected TopDocs exactSearch(LeafReaderContext context, DocIdSetIterator acceptIterator, QueryTimeout timeout)
                throws IOException {
            int[] own = sentencesOf(context, excludedDocumentId);
            DocIdSetIterator accepted = own.length == 0
                    ? acceptIterator
                    : new FilteredDocIdSetIterator(acceptIterator) {
                        @Override
                        protected boolean match(int doc) {
                            return Arrays.binarySearch(own, doc) < 0;
                        }
                    };
            return super.exactSearch(context, accepted, timeout);
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && ((NearestOutside) other).excludedDocumentId == excludedDocumentId;
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + Long.hashCode(excludedDocumentId);
        }
    }

    /** The segment's ids of a document's sentences, in order. */
    static int[] sentencesOf(LeafReaderContext context, long documentId) throws IOException {
        PointValues points = context.reader().getPointValues(DOCUMENT);
        if (points == null) {
            return new int[0];
        }
        SentencesOfDocument visitor = new SentencesOfDocument(documentId);
        points.intersect(visitor);
        int[] ids = Arrays.copyOf(visitor.ids, visitor.size);
        Arrays.sort(ids);
        return ids;
    }

    /** Visits the cells of the point tree that may hold the document's id, and collects its sentences. */
    private static final class SentencesOfDocument implements PointValues.IntersectVisitor {

        private final byte[] wanted = new byte[Long.BYTES];
        private int[] ids = new int[64];
        private int size;

        SentencesOfDocument(long documentId) {
            LongPoint.encodeDimension(documentId, wanted, 0);
        }

        @Override
        public void visit(int doc) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, 2 * size);
            }
            ids[size++] = doc;
        }

        @Override
        public void visit(int doc, byte[] packed) {
            if (Arrays.equals(packed, 0, Long.BYTES, wanted, 0, Long.BYTES)) {
                visit(doc);
            }
        }

        @Override
        public PointValues.Relation compare(byte[] min, byte[] max) {
            if (Arrays.compareUnsigned(min, 0, Long.BYTES, wanted, 0, Long.BYTES) > 0
                    || Arrays.compareUnsigned(max, 0, Long.BYTES, wanted, 0, Long.BYTES) < 0) {
                return PointValues.Relation.CELL_OUTSIDE_QUERY;
            }
            return Arrays.equals(min, 0, Long.BYTES, max, 0, Long.BYTES)
                    ? PointValues.Relation.CELL_INSIDE_QUERY
                    : PointValues.Relation.CELL_CROSSES_QUERY;
        }
    }

    /** Only the per-project filters are worth keeping: every query of a project reuses its bit set. */
    private static final QueryCachingPolicy PROJECT_FILTERS = new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {}

        @Override
        public boolean shouldCache(Query query) {
            return query instanceof PointRangeQuery range && range.getField().equals(PROJECT);
        }
    };

    private List<Neighbour> search(Query nearest, int asked, int k, boolean withVectors) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return neighbours(searcher, searcher.search(nearest, asked), k, withVectors);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code k} hits as sentences; a score is a cosine only where the query was a vector query. */
    private static List<Neighbour> neighbours(IndexSearcher searcher, TopDocs top, int k, boolean withVectors)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        List<Neighbour> hits = new ArrayList<>();
        for (ScoreDoc scored : Arrays.copyOf(top.scoreDocs, Math.min(k, top.scoreDocs.length))) {
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
            hits.add(new Neighbour(hit, withVectors ? vectorOf(leaves, scored.doc) : null));
        }
        return hits;
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
        writer.rollback(); // not close(): it would wait for a running merge of a folder about to be deleted
        directory.close();
        FileSystemUtils.deleteRecursively(folder);
    }
}
