package org.credence.document;

/**
 * What became of one imported file.
 *
 * @param probableDuplicateOf for a new document, an earlier one with the same text from different bytes
 */
public record ImportOutcome(String fileName, Status status, Long documentId, Long probableDuplicateOf, String message) {

    public enum Status {
        /** A new document was stored. */
        CREATED,
        /** The same bytes were imported before; the existing document is named. */
        DUPLICATE,
        /** Nothing was stored; the message says why. */
        FAILED,
        /** Left out on purpose (hidden files, macOS metadata in a zip); the message says why. */
        SKIPPED
    }

    static ImportOutcome created(String fileName, long documentId, Long sameTextAs, int skippedEmbedded) {
        String message = "Imported.";
        if (sameTextAs != null) {
            message = "Imported; probably a duplicate: document " + sameTextAs
                    + " has the same text from a different file.";
        }
        if (skippedEmbedded > 0) {
            message += " " + skippedEmbedded + " embedded file(s) nested too deep were not read.";
        }
        return new ImportOutcome(fileName, Status.CREATED, documentId, sameTextAs, message);
    }

    static ImportOutcome duplicate(String fileName, long documentId) {
        return new ImportOutcome(
                fileName, Status.DUPLICATE, documentId, null, "Already imported as document " + documentId + ".");
    }

    static ImportOutcome newVersion(String fileName, long documentId, int number, long previousId) {
        return new ImportOutcome(
                fileName,
                Status.CREATED,
                documentId,
                null,
                "Imported as version " + number + " of document " + previousId
                        + " (same link, changed text); its statements were carried over where their text is"
                        + " still found.");
    }

    static ImportOutcome unchanged(String fileName, long documentId) {
        return new ImportOutcome(
                fileName,
                Status.DUPLICATE,
                documentId,
                null,
                "Unchanged since it was imported as document " + documentId + "; nothing new was stored.");
    }

    public static ImportOutcome failed(String fileName, String reason) {
        return new ImportOutcome(fileName, Status.FAILED, null, null, reason);
    }

    static ImportOutcome skipped(String fileName, String reason) {
        return new ImportOutcome(fileName, Status.SKIPPED, null, null, reason);
    }

    public boolean isFailure() {
        return status == Status.FAILED;
    }

    public boolean isProbableDuplicate() {
        return probableDuplicateOf != null;
    }
}
