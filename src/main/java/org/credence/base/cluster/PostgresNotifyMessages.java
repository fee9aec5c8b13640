package org.credence.base.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster messages over PostgreSQL LISTEN/NOTIFY. Publishing is a {@code pg_notify} in the caller's
 * transaction, so PostgreSQL delivers it on commit and drops it on rollback. Each node listens on a
 * connection of its own (outside the pool, which is for short work) and reconnects after a failure;
 * messages sent while a node was disconnected are lost, which live updates tolerate (a page reload
 * reads the database).
 */
class PostgresNotifyMessages implements ClusterMessages, AutoCloseable {

    static final String CHANNEL = "credence_events";
    private static final Logger log = LoggerFactory.getLogger(PostgresNotifyMessages.class);

    private final String node = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final String url;
    private final String username;
    private final String password;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile boolean listening;

    PostgresNotifyMessages(JdbcTemplate jdbc, String url, String username, String password) {
        this.jdbc = jdbc;
        this.url = url;
        this.username = username;
        this.password = password;
        this.listener = new Thread(this::listen, "cluster-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void publish(String message) {
        if (message.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A cluster message is at most " + MAX_LENGTH + " characters");
        }
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, node + "|" + message);
    }

    @Override
    public void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** True once the listening connection is up; for start-up checks and tests. */
    boolean listening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(1_000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    log.warn("Cluster listener lost its connection ({}); reconnecting in a second", e.getMessage());
                    sleepASecond();
                }
            }
        }
    }

    private void deliver(String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0 || payload.substring(0, bar).equals(node)) {
            return; // our own, already applied here
        }
        String message = payload.substring(bar + 1);
        for (Consumer<String> consumer : listeners) {
            try {
                consumer.accept(message);
            } catch (RuntimeException e) {
                log.warn("A cluster message listener failed on '{}'", message, e);
            }
        }
    }

    private void sleepASecond() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
    }
}
