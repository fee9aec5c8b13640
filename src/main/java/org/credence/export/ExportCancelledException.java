package org.credence.export;

/** Thrown inside a running export when its job is cancelled; the partial file is deleted. */
class ExportCancelledException extends RuntimeException {

    ExportCancelledException() {
        super("The export was cancelled.");
    }
}
