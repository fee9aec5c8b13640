package org.credence.base.cluster;

import java.util.function.Consumer;

/**
 * Short messages between the app nodes that share one database, so that what happens on one node
 * (a statement saved) reaches the people connected to the others. A message published inside a
 * transaction is delivered only if, and once, that transaction commits; a node does not hear its own.
 */
public interface ClusterMessages {

    /** At most {@link #MAX_LENGTH} characters; must be called inside the transaction it belongs to. */
    void publish(String message);

    void subscribe(Consumer<String> listener);

    /** PostgreSQL's NOTIFY payload limit is 8,000 bytes; messages carry ids, not content. */
    int MAX_LENGTH = 1_000;
}
