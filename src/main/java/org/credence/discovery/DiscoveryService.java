package org.credence.discovery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.claim.ClaimService;
import org.credence.document.DocumentRef;
import org.credence.document.DocumentService;
import org.credence.project.ActingProject;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Automatic claim discovery in the acting project: start a run (editors), read the candidates it
 * proposed, and accept, edit or dismiss them (reviewers and editors). Candidates show only what the
 * documents say, so blind review holds.
 */
@Service
public class DiscoveryService {

    /** A run still RUNNING after this long was abandoned (its node stopped); a new one may start. */
    static final long ABANDONED_AFTER_HOURS = 2;

    private final DiscoveryRunRepository runs;
    private final ClaimCandidateRepository candidates;
    private final CandidateMemberRepository members;
    private final CandidateRanker ranker;
    private final DiscoveryJobs jobs;
    private final DocumentService documents;
    private final ClaimService claims;
    private final ActingProject project;
    private final CurrentUser currentUser;
    private final Clock clock;

    DiscoveryService(
            DiscoveryRunRepository runs,
            ClaimCandidateRepository candidates,
            CandidateMemberRepository members,
            CandidateRanker ranker,
            DiscoveryJobs jobs,
            DocumentService documents,
            ClaimService claims,
            ActingProject project,
            CurrentUser currentUser,
            Clock clock) {
        this.runs = runs;
        this.candidates = candidates;
        this.members = members;
        this.ranker = ranker;
        this.jobs = jobs;
        this.documents = documents;
        this.claims = claims;
        this.project = project;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts discovery over the project's documents in the background; while a run is going, answers
     * that run instead of starting another.
     */
    @Access.EditorsAndAdmins
    @Transactional
    public DiscoveryRunView start() {
        long here = project.id();
        Optional<DiscoveryRun> last = runs.findFirstByProjectIdOrderByIdDesc(here);
        if (last.isPresent() && isGoing(last.get())) {
            return last.get().view();
        }
        DiscoveryRun run = runs.saveAndFlush(new DiscoveryRun(
                here, currentUser.name(), now(), documents.ids().size()));
        var starter = SecurityContextHolder.getContext().getAuthentication();
        long runId = run.getId();
        // After the commit: the worker reads the run's row.
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        jobs.submit(runId, here, starter);
                    }
                });
        return run.view();
    }

    /** A run of this project. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public DiscoveryRunView run(long runId) {
        return runs.findById(runId)
                .filter(r -> r.getProjectId() == project.id())
                .map(DiscoveryRun::view)
                .orElseThrow(() -> new DiscoveryRunNotFoundException(runId));
    }

    /** The project's latest run, if there was one. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public Optional<DiscoveryRunView> latestRun() {
        return runs.findFirstByProjectIdOrderByIdDesc(project.id()).map(DiscoveryRun::view);
    }

    /** Open candidates, most worth a look first; a page at a time. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public CandidatePage candidates(int page, int size) {
        Page<ClaimCandidate> found = candidates.findByProjectIdAndStatusOrderByScoreDescIdAsc(
                project.id(), CandidateStatus.OPEN, PageRequest.of(page, size));
        return new CandidatePage(views(found.getContent()), found.getTotalElements());
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public CandidateView get(long candidateId) {
        return views(List.of(find(candidateId))).get(0);
    }

    /** Makes the candidate a claim with its members (as the text presents each) and its wording. */
    @Access.Linkers
    @Transactional
    public CandidateView accept(long candidateId) {
        ClaimCandidate candidate = open(candidateId);
        List<ClaimService.MemberSpec> specs = members.findByCandidateIdOrderBySimilarityDescIdAsc(candidateId).stream()
                .map(m -> ClaimService.MemberSpec.span(
                        m.getSpan().documentId(),
                        m.getSpan().start(),
                        m.getSpan().end(),
                        m.getPresentation()))
                .toList();
        long claimId = claims.create(candidate.getWording(), specs).id();
        candidate.accept(claimId, currentUser.name(), now());
        candidates.flush();
        return get(candidateId);
    }

    /** Not one claim: never proposed again. */
    @Access.Linkers
    @Transactional
    public CandidateView dismiss(long candidateId) {
        open(candidateId).dismiss(currentUser.name(), now());
        candidates.flush();
        return get(candidateId);
    }

    /**
     * Takes a place out of a candidate; with fewer than two documents left there is nothing to compare,
     * and the candidate is dismissed.
     */
    @Access.Linkers
    @Transactional
    public CandidateView removeMember(long candidateId, long memberId) {
        ClaimCandidate candidate = open(candidateId);
        CandidateMember member = memberOf(candidateId, memberId);
        members.delete(member);
        members.flush();
        candidate.markEdited();
        long documentsLeft = members.findByCandidateIdOrderBySimilarityDescIdAsc(candidateId).stream()
                .map(m -> m.getSpan().documentId())
                .distinct()
                .count();
        if (documentsLeft < 2) {
            candidate.dismiss(currentUser.name(), now());
        } else {
            ranker.rerank(candidateId);
        }
        candidates.flush();
        return get(candidateId);
    }

    /** Moves every place of {@code otherId} into the candidate (one claim found twice); the other goes. */
    @Access.Linkers
    @Transactional
    public CandidateView merge(long candidateId, long otherId) {
        if (candidateId == otherId) {
            throw new IllegalArgumentException("A candidate cannot be merged with itself.");
        }
        ClaimCandidate target = open(candidateId);
        ClaimCandidate other = open(otherId);
        Set<org.credence.base.domain.TextSpan> there =
                members.findByCandidateIdOrderBySimilarityDescIdAsc(candidateId).stream()
                        .map(CandidateMember::getSpan)
                        .collect(Collectors.toCollection(HashSet::new));
        for (CandidateMember moved : members.findByCandidateIdOrderBySimilarityDescIdAsc(otherId)) {
            if (there.add(moved.getSpan())) {
                moved.moveTo(candidateId);
            } else {
                members.delete(moved);
            }
        }
        members.flush();
        candidates.delete(other);
        target.markEdited();
        ranker.rerank(candidateId);
        candidates.flush();
        return get(candidateId);
    }

    /**
     * Moves the given places into a new candidate (two claims found as one); each side must keep places
     * in two documents at least.
     *
     * @return the new candidate
     */
    @Access.Linkers
    @Transactional
    public CandidateView split(long candidateId, List<Long> memberIds) {
        ClaimCandidate candidate = open(candidateId);
        List<CandidateMember> all = members.findByCandidateIdOrderBySimilarityDescIdAsc(candidateId);
        Set<Long> moving = new HashSet<>(memberIds == null ? List.of() : memberIds);
        List<CandidateMember> moved =
                all.stream().filter(m -> moving.contains(m.getId())).toList();
        if (moved.size() != moving.size()) {
            throw new IllegalArgumentException("Name members of candidate " + candidateId + " only.");
        }
        List<CandidateMember> stay =
                all.stream().filter(m -> !moving.contains(m.getId())).toList();
        if (documentsIn(moved) < 2 || documentsIn(stay) < 2) {
            throw new IllegalArgumentException(
                    "Each part of a split needs places in two documents at least; remove a single place instead.");
        }
        ClaimCandidate part = new ClaimCandidate(candidate.getProjectId(), now());
        part.rank(CandidateRanking.rank(moved.stream()
                .map(m -> new CandidateRanking.Member(
                        m.getSpan().documentId(), null, m.getExact(), m.getPresentation(), m.getSimilarity()))
                .toList()));
        candidates.save(part);
        part.markEdited();
        moved.forEach(m -> m.moveTo(part.getId()));
        members.flush();
        candidate.markEdited();
        ranker.rerank(candidateId);
        ranker.rerank(part.getId());
        candidates.flush();
        return get(part.getId());
    }

    private static long documentsIn(List<CandidateMember> places) {
        return places.stream().map(m -> m.getSpan().documentId()).distinct().count();
    }

    private boolean isGoing(DiscoveryRun run) {
        return DiscoveryRun.RUNNING.equals(run.getStatus())
                && run.view().startedAt().isAfter(now().minus(ABANDONED_AFTER_HOURS, ChronoUnit.HOURS));
    }

    private ClaimCandidate find(long candidateId) {
        return candidates
                .findById(candidateId)
                .filter(c -> c.getProjectId() == project.id())
                .orElseThrow(() -> new CandidateNotFoundException(candidateId));
    }

    private ClaimCandidate open(long candidateId) {
        ClaimCandidate candidate = find(candidateId);
        if (candidate.getStatus() != CandidateStatus.OPEN) {
            throw new CandidateDecidedException("Candidate " + candidateId + " was already "
                    + candidate.getStatus().name().toLowerCase(java.util.Locale.ROOT) + " by "
                    + candidate.getDecidedBy() + ".");
        }
        return candidate;
    }

    private CandidateMember memberOf(long candidateId, long memberId) {
        return members.findById(memberId)
                .filter(m -> m.getCandidateId() == candidateId)
                .orElseThrow(() ->
                        new IllegalArgumentException("Candidate " + candidateId + " has no member " + memberId + "."));
    }

    private List<CandidateView> views(List<ClaimCandidate> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CandidateMember>> byCandidate = members
                .findByCandidateIdInOrderBySimilarityDescIdAsc(
                        page.stream().map(ClaimCandidate::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(CandidateMember::getCandidateId));
        Map<Long, DocumentRef> refs = documents.refs(byCandidate.values().stream()
                .flatMap(List::stream)
                .map(m -> m.getSpan().documentId())
                .distinct()
                .toList());
        List<CandidateView> views = new ArrayList<>();
        for (ClaimCandidate c : page) {
            List<CandidateMemberView> memberViews = byCandidate.getOrDefault(c.getId(), List.of()).stream()
                    .filter(m -> refs.containsKey(m.getSpan().documentId()))
                    .map(m -> {
                        DocumentRef ref = refs.get(m.getSpan().documentId());
                        return new CandidateMemberView(
                                m.getId(),
                                ref.id(),
                                ref.title(),
                                ref.sourceName(),
                                ref.publishedDate(),
                                m.getSpan().start(),
                                m.getSpan().end(),
                                m.getExact(),
                                m.getPresentation().code(),
                                m.getFigures(),
                                Math.round(m.getSimilarity() * 1000) / 1000.0);
                    })
                    .toList();
            views.add(new CandidateView(
                    c.getId(),
                    c.getVersion(),
                    c.getStatus(),
                    c.getWording(),
                    c.getDocuments(),
                    c.getSources(),
                    c.getFigureNote(),
                    Arrays.asList(c.getPresentations().split(",")),
                    Math.round(c.getScore() * 1000) / 1000.0,
                    c.getClaimId(),
                    memberViews));
        }
        return views;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
