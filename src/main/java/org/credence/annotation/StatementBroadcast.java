package org.credence.annotation;

import java.util.Optional;
import org.credence.annotation.StatementEvents.StatementChanged;
import org.credence.annotation.StatementEvents.StatementCreated;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.base.cluster.ClusterMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other app nodes about each statement change, in the transaction that makes it (so they
 * hear of it exactly when it commits), and reads a change another node announced. The message holds
 * ids and the author only; the statement itself is read from the shared database.
 */
@Component
public class StatementBroadcast {

    /** What another node said changed: the statement is read again, absent if deleted. */
    public record RemoteChange(long documentId, long statementId, String author) {}

    private static final String KIND = "statement";

    private final ClusterMessages messages;
    private final StatementRepository statements;

    StatementBroadcast(ClusterMessages messages, StatementRepository statements) {
        this.messages = messages;
        this.statements = statements;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(StatementCreated e) {
        announce(e.after());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(StatementChanged e) {
        announce(e.after());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(StatementDeleted e) {
        announce(e.before());
    }

    private void announce(StatementView statement) {
        messages.publish(KIND + "|" + statement.documentId() + "|" + statement.id() + "|" + statement.author());
    }

    /** Calls {@code listener} for every change made on another node. */
    public void onRemoteChange(java.util.function.Consumer<RemoteChange> listener) {
        messages.subscribe(message -> {
            String[] parts = message.split("\\|", 4);
            if (parts.length == 4 && parts[0].equals(KIND)) {
                listener.accept(new RemoteChange(Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]));
            }
        });
    }

    /**
     * The statement as committed, for pushing to a Reader that may see it (the caller checks blind
     * mode); no sign-in on the listener thread, hence no role check here.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public Optional<StatementView> committed(long statementId) {
        return statements.findById(statementId).map(StatementView::of);
    }
}
