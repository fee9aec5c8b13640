package org.credence.annotation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.credence.document.DocumentProjects;
import org.credence.project.ActingProject;
import org.credence.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The one rule for reading other people's review work. First, a statement exists only inside its
 * document's project: read from any other project it is missing (issue #16). Then, under blind review a reviewer (and nothing
 * else) who has not marked a document done sees only their own statements on it, and nothing derived
 * from the others': not their details, decisions, history, comment threads, counts, claim verdicts or
 * live changes. Everyone else sees every statement.
 *
 * <p>Every path that shows a statement or anything about one asks here, naming the statement's
 * document and author; a statement the reader may not see is answered as if it did not exist (404,
 * "Statement N does not exist."), so ids cannot be probed for it. {@code BlindReviewLeakTest} walks
 * every GET endpoint of the API as a blind reviewer to keep it so.
 */
@Component
public class StatementVisibility {

    private final BlindReview blindReview;
    private final CurrentUser currentUser;
    private final ActingProject project;
    private final DocumentProjects documentProjects;

    StatementVisibility(
            BlindReview blindReview,
            CurrentUser currentUser,
            ActingProject project,
            DocumentProjects documentProjects) {
        this.blindReview = blindReview;
        this.currentUser = currentUser;
        this.project = project;
        this.documentProjects = documentProjects;
    }

    /**
     * Who is reading: a name, the project they act in, and whether blind review applies to them at all
     * (reviewers only).
     */
    public record Reader(String username, long projectId, boolean blindable) {}

    /** The signed-in user as a reader. */
    public Reader currentReader() {
        return new Reader(currentUser.name(), project.id(), currentUser.onlyReviews());
    }

    /** Whether the signed-in user may read a statement by {@code author} on the document. */
    public boolean maySee(long documentId, String author) {
        return maySee(currentReader(), documentId, author);
    }

    /** Whether {@code reader} may read a statement by {@code author} on the document (live pushes ask for others). */
    public boolean maySee(Reader reader, long documentId, String author) {
        if (!documentProjects.belongsTo(documentId, reader.projectId())) {
            return false;
        }
        return !reader.blindable()
                || reader.username().equals(author)
                || !blindReview.hidesOthers(reader.username(), documentId);
    }

    /**
     * The authors whose statements on one document the signed-in user may read, decided once: for
     * filtering a document's statements, history or counts without asking per row.
     */
    public Predicate<String> authorsVisibleOn(long documentId) {
        Reader reader = currentReader();
        if (!documentProjects.belongsTo(documentId, reader.projectId())) {
            return author -> false;
        }
        if (!reader.blindable() || !blindReview.hidesOthers(reader.username(), documentId)) {
            return author -> true;
        }
        return reader.username()::equals;
    }

    /** Whether the signed-in user sees only their own statements on the document (blind review). */
    public boolean showsOnlyOwn(long documentId) {
        return !documentsShowingOnlyOwn(java.util.List.of(documentId)).isEmpty();
    }

    /** The documents among these on which the signed-in user sees only their own statements. */
    public Set<Long> documentsShowingOnlyOwn(Collection<Long> documentIds) {
        Reader reader = currentReader();
        return reader.blindable() && !documentIds.isEmpty()
                ? blindReview.hidingOthers(reader.username(), documentIds)
                : Set.of();
    }

    /**
     * The items (statements or what names them) the signed-in user may see, in their order, deciding
     * blind review once per document rather than per item.
     */
    public <T> java.util.List<T> visibleAmong(
            Collection<T> items,
            java.util.function.ToLongFunction<T> documentId,
            java.util.function.Function<T, String> author) {
        long here = project.id();
        List<T> inProject = items.stream()
                .filter(i -> documentProjects.belongsTo(documentId.applyAsLong(i), here))
                .toList();
        Set<Long> ownOnly = documentsShowingOnlyOwn(
                inProject.stream().map(documentId::applyAsLong).distinct().toList());
        String me = currentUser.name();
        return inProject.stream()
                .filter(i -> !ownOnly.contains(documentId.applyAsLong(i)) || me.equals(author.apply(i)))
                .toList();
    }

    /**
     * Refuses a statement the signed-in user may not see exactly as a missing one is refused.
     *
     * @throws StatementNotFoundException when it is hidden from them
     */
    public void requireVisible(long statementId, long documentId, String author) {
        if (!maySee(documentId, author)) {
            throw new StatementNotFoundException(statementId);
        }
    }
}
