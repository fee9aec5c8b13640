package org.credence.discovery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.annotation.Presentation;
import org.credence.base.domain.TextSpan;
import org.springframework.stereotype.Component;

/**
 * Keeps the candidates of a project in step with what discovery found. Proposals nobody has touched
 * are replaced by each run; accepted, dismissed and hand-edited candidates stay, and their places are
 * not proposed again (a dismissed candidate is never proposed again, even in part with a newcomer, unless
 * two other documents say it). Callers hold the transaction.
 */
@Component
class CandidateStore {

    private final ClaimCandidateRepository candidates;
    private final CandidateMemberRepository members;
    private final Clock clock;

    CandidateStore(ClaimCandidateRepository candidates, CandidateMemberRepository members, Clock clock) {
        this.candidates = candidates;
        this.members = members;
        this.clock = clock;
    }

    /** A group as found, with how its documents present each sentence and each document's source. */
    record Found(
            List<ClaimDiscovery.Member> members,
            Map<Long, java.util.NavigableMap<Integer, org.credence.cue.PresentedSentence>> presentations) {}

    /** Replaces the project's untouched proposals with these groups; returns how many candidates are open now. */
    int replace(long projectId, List<Found> found) {
        List<ClaimCandidate> all = candidates.findByProjectId(projectId);
        List<Long> replaced = all.stream()
                .filter(c -> c.getStatus() == CandidateStatus.OPEN && !c.isEdited())
                .map(ClaimCandidate::getId)
                .toList();
        if (!replaced.isEmpty()) {
            members.deleteByCandidateIds(replaced);
            candidates.deleteAllByIdInBatch(replaced);
        }
        Set<TextSpan> taken = places(all.stream()
                .map(ClaimCandidate::getId)
                .filter(id -> !replaced.contains(id))
                .toList());
        for (Found group : found) {
            save(projectId, group, taken);
        }
        candidates.flush();
        return (int) candidates.countByProjectIdAndStatus(projectId, CandidateStatus.OPEN);
    }

    /**
     * Adds what was found around a newly imported document: its sentence joins the open candidate its
     * neighbours are in, or the group becomes a new candidate when none of them is in one.
     *
     * @return the candidates that gained members, to be ranked again
     */
    Set<Long> attach(long projectId, List<Found> found) {
        Set<Long> grown = new HashSet<>();
        List<ClaimCandidate> all = candidates.findByProjectId(projectId);
        Map<Long, ClaimCandidate> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.getId(), c));
        Map<TextSpan, CandidateMember> placed = new HashMap<>();
        members.findByCandidateIdInOrderBySimilarityDescIdAsc(byId.keySet()).forEach(m -> placed.put(m.getSpan(), m));
        for (Found group : found) {
            List<ClaimDiscovery.Member> free = new ArrayList<>();
            ClaimCandidate joined = null;
            for (ClaimDiscovery.Member member : group.members()) {
                CandidateMember there = placed.get(span(member));
                if (there == null) {
                    free.add(member);
                } else if (joined == null) {
                    joined = byId.get(there.getCandidateId());
                }
            }
            if (joined == null) {
                save(projectId, group, placed.keySet());
            } else if (joined.getStatus() == CandidateStatus.OPEN) {
                Set<Long> documentsIn = new HashSet<>();
                members.findByCandidateIdOrderBySimilarityDescIdAsc(joined.getId())
                        .forEach(m -> documentsIn.add(m.getSpan().documentId()));
                for (ClaimDiscovery.Member member : free) {
                    if (documentsIn.add(member.unit().documentId())) {
                        CandidateMember added = members.save(member(joined.getId(), member, group));
                        placed.put(added.getSpan(), added);
                        grown.add(joined.getId());
                    }
                }
            }
        }
        members.flush();
        return grown;
    }

    private void save(long projectId, Found group, Set<TextSpan> taken) {
        List<ClaimDiscovery.Member> kept =
                group.members().stream().filter(m -> !taken.contains(span(m))).toList();
        if (kept.stream().map(m -> m.unit().documentId()).distinct().count() < 2) {
            return;
        }
        ClaimCandidate candidate = new ClaimCandidate(projectId, now());
        candidate.rank(CandidateRanking.rank(kept.stream()
                .map(m -> new CandidateRanking.Member(
                        m.unit().documentId(), m.sourceId(), m.exact(), presentation(m, group), m.similarity()))
                .toList()));
        candidates.save(candidate);
        for (ClaimDiscovery.Member member : kept) {
            taken.add(members.save(member(candidate.getId(), member, group)).getSpan());
        }
    }

    private static CandidateMember member(long candidateId, ClaimDiscovery.Member member, Found group) {
        return new CandidateMember(
                candidateId,
                span(member),
                member.exact(),
                presentation(member, group),
                CandidateRanking.figures(member.exact()),
                member.similarity());
    }

    private Set<TextSpan> places(List<Long> candidateIds) {
        Set<TextSpan> places = new HashSet<>();
        if (!candidateIds.isEmpty()) {
            members.findByCandidateIdInOrderBySimilarityDescIdAsc(candidateIds).forEach(m -> places.add(m.getSpan()));
        }
        return places;
    }

    /** How the sentence holding the place presents it (a part of a sentence is presented as its sentence). */
    private static Presentation presentation(ClaimDiscovery.Member member, Found group) {
        var sentences = group.presentations().get(member.unit().documentId());
        var holding =
                sentences == null ? null : sentences.floorEntry(member.unit().start());
        return holding != null && holding.getValue().contains(member.unit().start())
                ? holding.getValue().presentation()
                : Presentation.ASSERTED;
    }

    private static TextSpan span(ClaimDiscovery.Member member) {
        return new TextSpan(
                member.unit().documentId(), member.unit().start(), member.unit().end());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
