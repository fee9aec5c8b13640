package org.credence.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads back the statements an export format wrote, so they can be restored. A format that can be
 * read offers one through {@link ExportFormat#reader()}; it reads the field names its writer writes
 * (one set of names per format), so a field cannot be written and then lost on the way back.
 */
public interface StatementReader {

    /**
     * Every record of the export in order: a statement to restore, or why the record is not one.
     *
     * @throws IllegalArgumentException when the input as a whole is not this format (e.g. not JSON)
     */
    List<ReadStatement> read(InputStream in) throws IOException;

    /**
     * One record read: {@code statement} or {@code problem}. {@code number} counts from 1 (a line of
     * JSONL, an annotation of a W3C collection).
     */
    record ReadStatement(int number, RestorableStatement statement, String problem) {

        public static ReadStatement of(int number, RestorableStatement statement) {
            return new ReadStatement(number, statement, null);
        }

        public static ReadStatement problem(int number, String problem) {
            return new ReadStatement(number, null, problem);
        }
    }
}
