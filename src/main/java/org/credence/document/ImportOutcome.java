package org.credence.document;

/** What became of one imported file. */
public record ImportOutcome(String fileName, Status status, Long documentId, String message) {

    public enum Status {
        /** A new document was stored. */
        CREATED,
        /** The same bytes were imported before; the existing document is named. */
        DUPLICATE,
        /** Nothing was stored; the message says why. */
        FAILED
    }

    static ImportOutcome created(String fileName, long documentId) {
        return new ImportOutcome(fileName, Status.CREATED, documentId, "Imported.");
    }

    static ImportOutcome duplicate(String fileName, long documentId) {
        return new ImportOutcome(fileName, Status.DUPLICATE, documentId, "Already imported as document " + documentId + ".");
    }

    static ImportOutcome failed(String fileName, String reason) {
        return new ImportOutcome(fileName, Status.FAILED, null, reason);
    }

    public boolean isFailure() {
        return status == Status.FAILED;
    }
}
