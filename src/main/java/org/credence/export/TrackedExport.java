package org.credence.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Connects a running export to its job: counts statements as the format takes them, and stops at
 * the next statement or write once the job is cancelled. Checking on writes too stops the passes
 * that do not go through the statement iterator (a dataset's documents and splits).
 */
final class TrackedExport {

    private TrackedExport() {}

    static Iterator<ExportRecord> records(Iterator<ExportRecord> records, ExportJob job) {
        return new Iterator<>() {
            private int sinceReport;

            @Override
            public boolean hasNext() {
                boolean more = records.hasNext();
                if (!more && sinceReport > 0) {
                    job.advanced(sinceReport);
                    sinceReport = 0;
                }
                return more;
            }

            @Override
            public ExportRecord next() {
                stopIfCancelled(job);
                ExportRecord record = records.next();
                if (++sinceReport == ExportJob.REPORT_EVERY) {
                    job.advanced(sinceReport);
                    sinceReport = 0;
                }
                return record;
            }
        };
    }

    static OutputStream output(OutputStream out, ExportJob job) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                stopIfCancelled(job);
                out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }
        };
    }

    private static void stopIfCancelled(ExportJob job) {
        if (job.cancelRequested()) {
            throw new ExportCancelledException();
        }
    }
}
