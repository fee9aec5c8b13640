package org.credence.export;

import java.util.List;

/** What a statement import did: how many were restored, already there, or refused (and why). */
public record StatementImport(int restored, int alreadyPresent, List<Failure> failures) {

    /** One record that could not be restored; {@code record} counts from 1. */
    public record Failure(int record, String reason) {}
}
