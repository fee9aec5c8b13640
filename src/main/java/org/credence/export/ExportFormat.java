package org.credence.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;

/**
 * One export format. Implementations are Spring beans collected by {@link ExportFormats}; adding a
 * format is adding a class, never editing the service. Output must depend only on the records, so
 * the same data always gives the same bytes.
 */
public interface ExportFormat {

    /** The name used in {@code ?format=} and on the command line, e.g. {@code jsonl}. */
    String id();

    /** A name for people, e.g. "JSON Lines (one statement per line)". */
    String title();

    /** The file name an export in this format is written to, e.g. {@code statements.jsonl}. */
    String fileName();

    String mediaType();

    /** Which statements when the caller does not say: every one, or (for datasets) only approved ones. */
    default ExportOptions.Status defaultStatus() {
        return ExportOptions.Status.ALL;
    }

    /** Writes the records, already in their stable order, to {@code out}; does not close it. */
    void write(Iterator<ExportRecord> records, ExportOptions options, OutputStream out) throws IOException;

    /** How to read this format's files back to restore statements; empty for formats that cannot be. */
    default Optional<StatementReader> reader() {
        return Optional.empty();
    }
}
