package org.credence.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementView;
import org.credence.base.domain.CodePoints;
import org.credence.base.domain.FreeText;
import org.credence.base.domain.NotPermittedException;
import org.credence.document.DocumentRef;
import org.credence.document.DocumentService;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.credence.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim register: claims made from statements, their members in any documents, the editors'
 * wording and final call. Reviewers and editors link; only editors word and decide.
 */
@Service
public class ClaimService {

    static final int MAX_WORDING = 1000;

    private final ClaimRepository claims;
    private final ClaimMemberRepository members;
    private final ClaimViews views;
    private final AnnotationService annotations;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final org.credence.project.ActingProject project;

    ClaimService(
            ClaimRepository claims,
            ClaimMemberRepository members,
            ClaimViews views,
            AnnotationService annotations,
            DocumentService documents,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            org.credence.project.ActingProject project) {
        this.project = project;
        this.events = events;
        this.claims = claims;
        this.members = members;
        this.views = views;
        this.annotations = annotations;
        this.documents = documents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new claim worded as the statement's quote, with the statement as its first member. */
    @Access.Linkers
    @Transactional
    public ClaimView createFromStatement(long statementId) {
        return view(newClaimFrom(annotations.get(statementId)));
    }

    /** A new claim with the given wording and members (spans, each optionally a statement's). */
    @Access.Linkers
    @Transactional
    public ClaimView create(String wording, List<MemberSpec> specs) {
        Claim claim = claims.save(new Claim(project.id(), checkedWording(wording), currentUser.name(), now()));
        for (MemberSpec spec : specs) {
            addMember(claim, spec);
        }
        return view(claim);
    }

    @Access.Linkers
    @Transactional
    public ClaimView addMember(long claimId, MemberSpec spec) {
        Claim claim = find(claimId);
        addMember(claim, spec);
        return view(claim);
    }

    /**
     * Takes a passage out of a claim. Whoever added it, whoever made the claim, and editors may; another
     * reviewer may not undo a colleague's link. The history records who did it.
     *
     * @throws NotPermittedException when the user is none of those
     */
    @Access.Linkers
    @Transactional
    public ClaimView removeMember(long claimId, long memberId) {
        Claim claim = find(claimId);
        ClaimMember member = members.findById(memberId)
                .filter(m -> m.getClaim().getId().equals(claimId))
                .orElseThrow(() -> new ClaimNotFoundException("Claim " + claimId + " has no member " + memberId + "."));
        String me = currentUser.name();
        if (!member.getAddedBy().equals(me) && !claim.getCreatedBy().equals(me) && !currentUser.has(Role.EDITOR)) {
            throw new NotPermittedException("Only whoever added this passage, whoever made the claim, or an editor"
                    + " can take it out of the claim.");
        }
        events.publishEvent(new ClaimEvents.MembershipChanged(
                claimId,
                member.getDocumentId(),
                false,
                ClaimEvents.MemberSnapshot.of(member),
                member.getAddedBy(),
                me));
        members.delete(member);
        members.flush();
        return view(claim);
    }

    @Access.Editors
    @Transactional
    public ClaimView reword(long claimId, long expectedVersion, String wording) {
        Claim claim = current(claimId, expectedVersion);
        claim.reword(checkedWording(wording));
        claims.flush();
        return view(claim);
    }

    /** The editor's final call on top of the derived status; a null label withdraws it. */
    @Access.Editors
    @Transactional
    public ClaimView decide(long claimId, long expectedVersion, Label label, String note) {
        Claim claim = current(claimId, expectedVersion);
        claim.decide(label, checkedNote(note), currentUser.name(), now());
        claims.flush();
        return view(claim);
    }

    /** Wording and final call in one step (the API's PUT); either may be left as it is. */
    @Access.Editors
    @Transactional
    public ClaimView update(
            long claimId, long expectedVersion, String wording, boolean decide, Label label, String note) {
        Claim claim = current(claimId, expectedVersion);
        if (wording != null) {
            claim.reword(checkedWording(wording));
        }
        if (decide) {
            claim.decide(label, checkedNote(note), currentUser.name(), now());
        }
        claims.flush();
        return view(claim);
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public ClaimView get(long claimId) {
        Claim claim = find(claimId);
        List<ClaimMember> all = members.findByClaimIdOrderByIdAsc(claimId);
        if (!views.visible(all)) {
            throw new ClaimNotFoundException("Claim " + claimId + " does not exist.");
        }
        return views.of(claim, all);
    }

    /** Every claim with its matrix, newest first. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<ClaimView> list() {
        return list(0, Integer.MAX_VALUE).claims();
    }

    /**
     * One page of the claims the reader may see, newest first, with their matrices; only the page's
     * claims are built (three batch reads for all their members), the rest are counted by id.
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public ClaimPage list(int page, int size) {
        List<Long> visible = visibleClaimIds();
        long from = Math.min((long) page * size, visible.size());
        List<Long> ids = visible.subList((int) from, (int) Math.min(from + size, visible.size()));
        Map<Long, Claim> byId = claims.findAllById(ids).stream().collect(Collectors.toMap(Claim::getId, c -> c));
        Map<Long, List<ClaimMember>> byClaim = members.findByClaimIdIn(ids).stream()
                .sorted(Comparator.comparing(ClaimMember::getId))
                .collect(Collectors.groupingBy(m -> m.getClaim().getId()));
        return new ClaimPage(views.of(ids.stream().map(byId::get).toList(), byClaim), page, size, visible.size());
    }

    /** How many claims the reader may see. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public long count() {
        return visibleClaimIds().size();
    }

    /** Every claim's id and wording, newest first: for pick lists, without building each claim's matrix. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<ClaimTitle> titles() {
        List<Long> visible = visibleClaimIds();
        Map<Long, Claim> byId = claims.findAllById(visible).stream().collect(Collectors.toMap(Claim::getId, c -> c));
        return visible.stream()
                .map(id -> new ClaimTitle(id, byId.get(id).getWording()))
                .toList();
    }

    /** Ids of the claims the reader may see (blind review may hide all of one's members), newest first. */
    private List<Long> visibleClaimIds() {
        Map<Long, List<Long>> statementsByClaim = new java.util.LinkedHashMap<>();
        for (Object[] row : members.findClaimIdsWithStatementIds(project.id())) {
            List<Long> ids = statementsByClaim.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>());
            if (row[1] != null) {
                ids.add((Long) row[2]); // null: a passage, visible to all
            }
        }
        java.util.Set<Long> visibleStatements = annotations
                .findVisible(statementsByClaim.values().stream()
                        .flatMap(List::stream)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .keySet();
        return statementsByClaim.entrySet().stream()
                .filter(e -> ClaimViews.visible(e.getValue(), visibleStatements))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public Optional<Long> claimOfStatement(long statementId) {
        if (annotations.findVisible(statementId).isEmpty()) {
            throw new org.credence.annotation.StatementNotFoundException(statementId);
        }
        return members.findClaimIdOfStatement(statementId);
    }

    /** The claim of the statement, made from it if it has none yet; callers hold the transaction and the rights. */
    Claim claimFor(long statementId) {
        return members.findByStatementId(statementId)
                .map(ClaimMember::getClaim)
                .orElseGet(() -> newClaimFrom(annotations.get(statementId)));
    }

    private Claim newClaimFrom(StatementView statement) {
        Claim claim = claims.save(new Claim(project.id(), shorten(statement.quote()), currentUser.name(), now()));
        addStatementMember(claim, statement);
        return claim;
    }

    ClaimView view(Claim claim) {
        return views.of(claim, members.findByClaimIdOrderByIdAsc(claim.getId()));
    }

    void addMember(Claim claim, MemberSpec spec) {
        if (spec.statementId() != null) {
            addStatementMember(claim, annotations.get(spec.statementId()));
            return;
        }
        DocumentRef document = documents.ref(spec.documentId());
        document.requireSpan(spec.start(), spec.end());
        String text = documents.text(spec.documentId());
        String exact = text.substring(CodePoints.toUtf16(text, spec.start()), CodePoints.toUtf16(text, spec.end()));
        if (spec.exact() != null && !spec.exact().equals(exact)) {
            throw new IllegalArgumentException("The text at " + spec.start() + "–" + spec.end() + " is “" + exact
                    + "”, not “" + spec.exact() + "”.");
        }
        if (members.findByClaimIdOrderByIdAsc(claim.getId()).stream()
                .anyMatch(m -> m.getDocumentId() == document.id()
                        && m.getStart() == spec.start()
                        && m.getEnd() == spec.end())) {
            throw new IllegalArgumentException("That passage is already a member of this claim.");
        }
        added(members.save(new ClaimMember(
                claim,
                document.id(),
                spec.start(),
                spec.end(),
                exact,
                spec.presentation(),
                null,
                currentUser.name(),
                now())));
    }

    private void addStatementMember(Claim claim, StatementView statement) {
        Optional<ClaimMember> existing = members.findByStatementId(statement.id());
        if (existing.isPresent()) {
            if (existing.get().getClaim().getId().equals(claim.getId())) {
                return;
            }
            throw new IllegalArgumentException("Statement " + statement.id() + " already belongs to claim "
                    + existing.get().getClaim().getId() + ".");
        }
        added(members.save(new ClaimMember(
                claim,
                statement.documentId(),
                statement.start(),
                statement.end(),
                statement.quote(),
                statement.presentation(),
                statement.id(),
                currentUser.name(),
                now())));
    }

    private void added(ClaimMember member) {
        members.flush();
        events.publishEvent(new ClaimEvents.MembershipChanged(
                member.getClaim().getId(),
                member.getDocumentId(),
                true,
                ClaimEvents.MemberSnapshot.of(member),
                member.getAddedBy(),
                member.getAddedBy()));
    }

    private Claim find(long claimId) {
        return claims.findById(claimId)
                .filter(c -> c.getProjectId() == project.id()) // a claim elsewhere is missing here
                .orElseThrow(() -> new ClaimNotFoundException("Claim " + claimId + " does not exist."));
    }

    private Claim current(long claimId, long expectedVersion) {
        Claim claim = find(claimId);
        if (claim.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("This claim was changed by someone else since you opened it;"
                    + " nothing was overwritten. Reload it and try again.");
        }
        return claim;
    }

    private static String checkedWording(String wording) {
        return FreeText.required("A claim's wording", wording, MAX_WORDING);
    }

    private static String checkedNote(String note) {
        return FreeText.check("The note on the final call", note, 5_000);
    }

    private static String shorten(String quote) {
        String clean = quote.strip().replaceAll("\\s+", " ");
        return clean.length() <= MAX_WORDING ? clean : clean.substring(0, MAX_WORDING - 1) + "…";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * A member to add: a statement, or a span of a document (code points) with how the text presents it.
     * {@code exact}, when given, must equal the text there.
     */
    public record MemberSpec(
            Long statementId, Long documentId, int start, int end, String exact, Presentation presentation) {

        public static MemberSpec statement(long statementId) {
            return new MemberSpec(statementId, null, 0, 0, null, null);
        }

        public static MemberSpec span(long documentId, int start, int end, Presentation presentation) {
            return new MemberSpec(null, documentId, start, end, null, presentation);
        }
    }
}
