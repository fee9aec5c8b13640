package org.credence.discovery;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.credence.cue.CueService;
import org.credence.document.DocumentService;
import org.credence.search.SemanticNeighbours;
import org.credence.search.SentencesEmbedded;
import org.credence.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs discovery in the background, one run at a time per node, at low priority (people's requests
 * first): as the person who started it, in their project, with its progress in the database so every
 * node's board shows it. Once a project has been through a run, each newly embedded document is
 * discovered around as it arrives.
 */
@Component
class DiscoveryJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DiscoveryJobs.class);
    /** How long a run waits for this node to embed documents imported just before it. */
    private static final long EMBEDDING_WAIT_MILLIS = 30 * 60_000L;

    static final String INCREMENTAL_ACTOR = "discovery";

    private final DiscoveryRunRepository runs;
    private final ClaimDiscovery discovery;
    private final CandidateStore store;
    private final CandidateRanker ranker;
    private final SemanticNeighbours neighbours;
    private final DocumentService documents;
    private final CueService cues;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "claim-discovery");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    DiscoveryJobs(
            DiscoveryRunRepository runs,
            ClaimDiscovery discovery,
            CandidateStore store,
            CandidateRanker ranker,
            SemanticNeighbours neighbours,
            DocumentService documents,
            CueService cues,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.runs = runs;
        this.discovery = discovery;
        this.store = store;
        this.ranker = ranker;
        this.neighbours = neighbours;
        this.documents = documents;
        this.cues = cues;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Runs discovery over the whole project as {@code starter}, who acts in it. */
    void submit(long runId, long projectId, Authentication starter) {
        worker.execute(() -> as(starter, () -> run(runId, projectId)));
    }

    @EventListener
    void on(SentencesEmbedded embedded) {
        if (embedded.reembedded()) {
            return; // an upgrade's new vectors: candidates found with the earlier ones stand until the next run
        }
        boolean discovered = runs.findFirstByProjectIdOrderByIdDesc(embedded.projectId())
                .filter(r -> !DiscoveryRun.FAILED.equals(r.getStatus()))
                .isPresent();
        if (discovered) {
            worker.execute(() -> SystemTask.runIn(INCREMENTAL_ACTOR, embedded.projectId(), () -> {
                around(embedded.documentId(), embedded.projectId());
                return null;
            }));
        }
    }

    private void run(long runId, long projectId) {
        try {
            if (!neighbours.enabled()) {
                throw new IllegalStateException("Matching by meaning is switched off on this server"
                        + " (credence.semantic.enabled=false); discovery needs the sentences' embeddings.");
            }
            waitForEmbeddings(runId);
            List<Long> ids = documents.ids();
            update(runId, run -> run.progress(0, null));
            List<List<ClaimDiscovery.Member>> groups =
                    discovery.discover(projectId, ids, true, done -> update(runId, run -> run.progress(done, null)));
            List<CandidateStore.Found> found = withPresentations(groups);
            Integer open = transaction.execute(status -> store.replace(projectId, found));
            update(
                    runId,
                    run -> run.finish(open == null ? 0 : open, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            log.info(
                    "Claim discovery {} in project {}: {} documents, {} candidates open.",
                    runId,
                    projectId,
                    ids.size(),
                    open);
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException) {
                log.warn("Claim discovery {} in project {} did not run: {}", runId, projectId, e.getMessage());
            } else {
                log.warn("Claim discovery {} in project {} failed", runId, projectId, e);
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            update(runId, run -> run.fail(why, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
    }

    private void around(long documentId, long projectId) {
        try {
            List<CandidateStore.Found> found =
                    withPresentations(discovery.discover(projectId, List.of(documentId), false, done -> {}));
            transaction.executeWithoutResult(status -> {
                Set<Long> grown = store.attach(projectId, found);
                grown.forEach(ranker::rerank);
            });
        } catch (RuntimeException e) {
            log.warn("Claim discovery around document {} failed; the next full run will find it", documentId, e);
        }
    }

    private void waitForEmbeddings(long runId) {
        long until = System.currentTimeMillis() + EMBEDDING_WAIT_MILLIS;
        while (neighbours.backlog() > 0 && System.currentTimeMillis() < until) {
            int waiting = neighbours.backlog();
            update(runId, run -> run.progress(0, "Waiting for " + waiting + " documents to be embedded."));
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Stopped while waiting for embeddings.");
            }
        }
    }

    /** How each document of the groups presents its sentences, from the project's cue lexicon. */
    private List<CandidateStore.Found> withPresentations(List<List<ClaimDiscovery.Member>> groups) {
        Map<Long, java.util.NavigableMap<Integer, org.credence.cue.PresentedSentence>> presentations = new HashMap<>();
        groups.forEach(group ->
                group.forEach(m -> presentations.computeIfAbsent(m.unit().documentId(), d -> {
                    java.util.NavigableMap<Integer, org.credence.cue.PresentedSentence> byStart =
                            new java.util.TreeMap<>();
                    cues.presentations(d).forEach(p -> byStart.put(p.start(), p));
                    return byStart;
                })));
        return groups.stream()
                .map(group -> new CandidateStore.Found(group, presentations))
                .toList();
    }

    private void update(long runId, java.util.function.Consumer<DiscoveryRun> change) {
        transaction.executeWithoutResult(status -> runs.findById(runId).ifPresent(change));
    }

    private static void as(Authentication who, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
