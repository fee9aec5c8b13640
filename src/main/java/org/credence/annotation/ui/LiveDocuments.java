package org.credence.annotation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.credence.annotation.StatementBroadcast;
import org.credence.annotation.StatementEvents.StatementChanged;
import org.credence.annotation.StatementEvents.StatementCreated;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.annotation.StatementView;
import org.credence.annotation.StatementVisibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is reading which document, and every committed statement change pushed to them (Vaadin Push),
 * so reviewers working on the same document see each other's work within a second and see who
 * else is there. One instance per application node.
 */
@Component
public class LiveDocuments {

    /** What a Reader is told; always called inside {@code ui.access}. */
    interface Reader {
        /** {@code after} is null when the statement was deleted. */
        void statementChanged(long statementId, StatementView after);

        void viewersChanged(Set<String> others);
    }

    /**
     * One open Reader and who reads it (blind review and the project decide what they are shown).
     * {@code lastSeen} is when its browser last spoke (a heartbeat or any request).
     */
    record Viewer(
            long documentId,
            StatementVisibility.Reader who,
            UI ui,
            Reader reader,
            AtomicLong lastSeen,
            List<Registration> listeners) {}

    /**
     * A Reader whose browser has not spoken for this long has gone (closed tab, sleeping laptop): it
     * leaves the "Also reading" line. Three heartbeats (vaadin.heartbeatInterval, 30 s here), as
     * Vaadin itself counts a UI as closed after three missed heartbeats.
     */
    static final Duration SILENT_FOR = Duration.ofSeconds(95);

    private final Map<Long, List<Viewer>> viewers = new ConcurrentHashMap<>();
    private final StatementVisibility visibility;
    private final StatementBroadcast broadcast;

    private final Clock clock;

    LiveDocuments(StatementVisibility visibility, StatementBroadcast broadcast, Clock clock) {
        this.visibility = visibility;
        this.broadcast = broadcast;
        this.clock = clock;
        broadcast.onRemoteChange(this::onRemote);
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "presence-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::forgetSilentReaders, 15, 15, TimeUnit.SECONDS);
    }

    /** Registers a Reader; the returned handle removes it (call on detach). */
    Runnable join(long documentId, StatementVisibility.Reader who, UI ui, Reader reader) {
        AtomicLong lastSeen = new AtomicLong(clock.millis());
        Viewer viewer = new Viewer(
                documentId,
                who,
                ui,
                reader,
                lastSeen,
                List.of(ui.addHeartbeatListener(beat -> lastSeen.set(clock.millis()))));
        viewers.computeIfAbsent(documentId, id -> new CopyOnWriteArrayList<>()).add(viewer);
        announcePresence(documentId);
        return () -> leave(viewer);
    }

    private void leave(Viewer viewer) {
        // The sweeper thread does not hold the UI's session: change the UI's listeners under its lock.
        viewer.ui().access(() -> viewer.listeners().forEach(Registration::remove));
        List<Viewer> list = viewers.get(viewer.documentId());
        if (list != null && list.remove(viewer)) {
            announcePresence(viewer.documentId());
        }
    }

    /** Drops Readers whose browsers went quiet without detaching (closed without a goodbye). */
    void forgetSilentReaders() {
        long cutoff = clock.millis() - SILENT_FOR.toMillis();
        viewers.values()
                .forEach(list -> list.stream()
                        .filter(v -> v.lastSeen().get() < cutoff)
                        .toList()
                        .forEach(this::leave));
    }

    /** Who is reading a document now. */
    Set<String> readersOf(long documentId) {
        Set<String> names = new TreeSet<>();
        viewers.getOrDefault(documentId, List.of())
                .forEach(v -> names.add(v.who().username()));
        return names;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(StatementCreated e) {
        push(e.documentId(), null, e.after());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(StatementChanged e) {
        push(e.documentId(), e.before(), e.after());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(StatementDeleted e) {
        push(e.documentId(), e.before(), null);
    }

    private void push(long documentId, StatementView before, StatementView after) {
        StatementView statement = after != null ? after : before;
        // The Reader that made the change (its request thread commits it) has applied it already.
        push(documentId, statement.id(), statement.author(), after, UI.getCurrent());
    }

    /** A change committed on another node: read it from the database if anyone here reads its document. */
    private void onRemote(StatementBroadcast.RemoteChange change) {
        if (viewers.getOrDefault(change.documentId(), List.of()).isEmpty()) {
            return;
        }
        StatementView after = broadcast.committed(change.statementId()).orElse(null);
        push(change.documentId(), change.statementId(), change.author(), after, null);
    }

    private void push(long documentId, long statementId, String author, StatementView after, UI origin) {
        for (Viewer viewer : viewers.getOrDefault(documentId, List.of())) {
            if (viewer.ui() == origin || hiddenFrom(viewer, author, documentId)) {
                continue;
            }
            viewer.ui().access(() -> viewer.reader().statementChanged(statementId, after));
        }
    }

    private boolean hiddenFrom(Viewer viewer, String author, long documentId) {
        return !visibility.maySee(viewer.who(), documentId, author);
    }

    private void announcePresence(long documentId) {
        for (Viewer viewer : viewers.getOrDefault(documentId, List.of())) {
            Set<String> others = readersOf(documentId);
            others.remove(viewer.who().username());
            viewer.ui().access(() -> viewer.reader().viewersChanged(others));
        }
    }
}
