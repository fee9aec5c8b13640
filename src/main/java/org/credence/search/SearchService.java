package org.credence.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.credence.base.domain.TextSpan;
import org.credence.document.DocumentService;
import org.credence.security.Access;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the sentences of every document. Before each search the node's index takes in
 * any documents imported since — here or on another node — so every node answers for the whole corpus.
 */
@Service
public class SearchService {

    /** Documents are read back this far below the highest indexed id, in case a lower id committed late. */
    private static final long LATE_COMMIT_WINDOW = 1_000;

    private static final int BATCH = 200;

    private final SentenceIndex index;
    private final DocumentService documents;
    private final org.credence.project.ActingProject project;
    private volatile long highestIndexed;

    private final SemanticIndex semantic;
    private final VectorIndex vectors;
    private final ProjectTermWeights termWeights;

    SearchService(
            SentenceIndex index,
            DocumentService documents,
            org.credence.project.ActingProject project,
            SemanticIndex semantic,
            VectorIndex vectors,
            ProjectTermWeights termWeights) {
        this.semantic = semantic;
        this.termWeights = termWeights;
        this.vectors = vectors;
        this.index = index;
        this.documents = documents;
        this.project = project;
    }

    /** Sentences answering a typed query ("quoted phrases", -excluded, words), optionally only from these sources. */
    @Access.SignedIn
    public List<SentenceHit> search(String query, Collection<Long> sourceIds, int limit) {
        catchUp();
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Query parsed = new SimpleQueryParser(index.analyzer(), SentenceIndex.textIn(project.id())).parse(query);
        if (parsed == null) {
            return List.of();
        }
        List<Query> filters = new ArrayList<>();
        filters.add(LongPoint.newExactQuery(SentenceIndex.PROJECT, project.id()));
        if (sourceIds != null && !sourceIds.isEmpty()) {
            filters.add(LongPoint.newSetQuery(SentenceIndex.SOURCE_POINT, sourceIds));
        }
        return index.search(parsed, filters, limit);
    }

    /** Share of the context's distinct terms a sentence must have to be suggested at all. */
    static final double MIN_SHARED_TERMS = 0.3;

    /**
     * Sentences of other documents that say much the same, best first: they must share a good part of
     * the {@code context} (the statement's sentence) and score higher for the {@code quote}'s own words.
     */
    @Access.SignedIn
    public List<SentenceHit> similar(String quote, String context, long excludedDocumentId, int limit) {
        catchUp();
        Query sentence = index.someOfTheTerms(context, MIN_SHARED_TERMS, quote, project.id());
        if (sentence == null) {
            return List.of();
        }
        Query otherDocuments = new BooleanQuery.Builder()
                .add(LongPoint.newExactQuery(SentenceIndex.PROJECT, project.id()), BooleanClause.Occur.MUST)
                .add(LongPoint.newExactQuery(SentenceIndex.DOCUMENT, excludedDocumentId), BooleanClause.Occur.MUST_NOT)
                .build();
        return index.search(sentence, List.of(otherDocuments), limit);
    }

    /**
     * Sentences of other documents in the project whose meaning is nearest to {@code text} (dense sentence
     * embeddings), nearest first; the score is the cosine similarity. Empty where the semantic index is
     * switched off; documents still being embedded are not found yet.
     */
    @Access.SignedIn
    public List<SentenceHit> nearInMeaning(String text, long excludedDocumentId, int limit) {
        if (!semantic.enabled() || text == null || text.isBlank()) {
            return List.of();
        }
        semantic.catchUp();
        return vectors.nearest(SentenceEncoder.encode(text), project.id(), excludedDocumentId, limit);
    }

    /**
     * A sentence of another document and how alike it is to a text: its cosine similarity, the same with
     * the project's mean embedding (its story) taken out of both, and the share of telling words they
     * have in common ({@link TermWeights}); its vector with the story taken out, to compare found
     * sentences with each other; and how alike its whole document is to the statement's (the two
     * documents' mean vectors, with the project's taken out: {@code sameStory}).
     */
    public record Likeness(
            SentenceHit hit,
            double cosine,
            double centred,
            double sharedWords,
            float[] centredVector,
            double sameStory) {

        /** Without knowing its document's story (counts as neither like nor unlike the statement's). */
        public Likeness(SentenceHit hit, double cosine, double centred, double sharedWords, float[] centredVector) {
            this(hit, cosine, centred, sharedWords, centredVector, 0);
        }

        /** Without a vector: compared with other found sentences, it counts as unlike them. */
        public Likeness(SentenceHit hit, double cosine, double centred, double sharedWords) {
            this(hit, cosine, centred, sharedWords, null);
        }

        /** How alike two found sentences are with the story taken out of both; 0 where a vector is missing. */
        public double centredCosine(Likeness other) {
            return centredVector == null || other.centredVector == null
                    ? 0
                    : SemanticNeighbours.cosine(centredVector, other.centredVector);
        }
    }

    /** Sentences found by shared words that {@link #likeness} also scores, at most (three Lucene clauses each, under its limit of 1,024). */
    private static final int ALSO_AT_MOST = 300;

    /**
     * The {@code k} sentences of the acting project nearest in meaning to the text (outside one document),
     * and also {@code alsoThese} (found by shared words), each with how alike it is; empty when sentence
     * embeddings are switched off.
     */
    @Access.SignedIn
    public List<Likeness> likeness(String text, long excludedDocumentId, int k, Collection<SentenceHit> alsoThese) {
        if (!semantic.enabled() || text == null || text.isBlank()) {
            return List.of();
        }
        semantic.catchUp();
        long projectId = project.id();
        float[] query = SentenceEncoder.encode(text);
        Map<TextSpan, VectorIndex.Neighbour> found = new LinkedHashMap<>();
        vectors.nearestWithVectors(query, projectId, excludedDocumentId, k)
                .forEach(n -> found.putIfAbsent(spanOf(n.hit()), n));
        List<TextSpan> wanted = alsoThese.stream()
                .map(SearchService::spanOf)
                .filter(span -> span.documentId() != excludedDocumentId && !found.containsKey(span))
                .distinct()
                .limit(ALSO_AT_MOST)
                .toList();
        vectors.withVectors(query, projectId, wanted).forEach(n -> found.putIfAbsent(spanOf(n.hit()), n));
        float[] centre = vectors.centroid(projectId);
        TermWeights weights = termWeights.of(projectId);
        Set<String> terms = TermWeights.terms(text);
        float[] ownStory = vectors.documentCentroid(excludedDocumentId);
        return found.values().stream()
                .map(n -> {
                    float[] theirs = vectors.documentCentroid(n.hit().documentId());
                    double story = ownStory == null || theirs == null
                            ? 0
                            : SemanticNeighbours.centredCosine(ownStory, theirs, centre);
                    return new Likeness(
                            n.hit(),
                            n.hit().score(),
                            SemanticNeighbours.centredCosine(query, n.vector(), centre),
                            weights.overlap(terms, TermWeights.terms(n.hit().text())),
                            minus(n.vector(), centre),
                            story);
                })
                .toList();
    }

    /**
     * A sentence beside the statement in its own document, with the project's story taken out of its
     * vector: what the statement's outlet says about the story's other claims.
     */
    public record SiblingSentence(String text, float[] centredVector) {}

    /**
     * The sentences of a document outside {@code [start, end)} (the statement's own sentences), each with
     * its vector less the project's mean; empty when the document is not embedded yet.
     */
    @Access.SignedIn
    public List<SiblingSentence> siblingsOf(long documentId, int start, int end) {
        if (!semantic.enabled()) {
            return List.of();
        }
        semantic.catchUp();
        long projectId = project.id();
        float[] centre = vectors.centroid(projectId);
        return vectors.sentencesOfDocument(projectId, documentId).stream()
                .filter(n -> n.hit().end() <= start || n.hit().start() >= end)
                .map(n -> new SiblingSentence(n.hit().text(), minus(n.vector(), centre)))
                .toList();
    }

    private static float[] minus(float[] vector, float[] centre) {
        float[] difference = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            difference[i] = vector[i] - centre[i];
        }
        return difference;
    }

    private static TextSpan spanOf(SentenceHit hit) {
        return new TextSpan(hit.documentId(), hit.start(), hit.end());
    }

    /** Whether sentences are embedded (switched off with {@code credence.semantic.enabled=false}). */
    public boolean semanticEnabled() {
        return semantic.enabled();
    }

    /**
     * Whether this node's vector index is being merged into one segment after a bulk load (searches work
     * meanwhile, more slowly); benchmarks wait for it to measure a settled index.
     */
    public boolean semanticIndexCompacting() {
        return vectors.compacting();
    }

    /** Documents this node has still to embed (the Library shows it while an import is being indexed). */
    public int semanticBacklog() {
        return semantic.backlog();
    }

    /** Takes in documents imported since the last call (on this node or another). */
    @Access.SignedIn
    public synchronized void catchUp() {
        List<Long> missing = documents.idsFrom(Math.max(0, highestIndexed - LATE_COMMIT_WINDOW)).stream()
                .filter(id -> !index.contains(id))
                .toList();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Long> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            index.add(documents.texts(batch).stream()
                    .map(t -> new IndexedDocument(t.id(), t.projectId(), t.sourceId(), t.text()))
                    .toList());
            highestIndexed = Math.max(highestIndexed, batch.get(batch.size() - 1));
        }
    }
}
