package org.credence.discovery;

import java.time.Instant;

/**
 * A discovery run as the board and the API show it.
 *
 * @param status RUNNING, DONE or FAILED
 * @param message what it is waiting for while running, or why it failed
 */
public record DiscoveryRunView(
        long id,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        String status,
        int documentsTotal,
        int documentsDone,
        int candidates,
        String message) {}
