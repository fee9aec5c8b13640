package org.credence.export;

import org.credence.annotation.StatementDetails;

/** A statement as an export describes it: where (document SHA-256, code points, quote), whose, and what. */
public record RestorableStatement(
        String documentSha256, int start, int end, String exact, String author, StatementDetails details) {}
