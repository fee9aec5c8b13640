package org.credence.document.extract;

/**
 * Turns the bytes of an imported file into text and metadata. Implementations must be thread-safe:
 * imports run in parallel.
 */
public interface TextExtractor {

    /**
     * @param fileName the original file name, a hint for format detection
     * @param bytes the file's whole content
     * @param mainContentOnly for web pages, keep only the main content (drop menus, adverts, footers)
     * @throws ExtractionException with a message a person understands when the file cannot be read
     */
    ExtractedText extract(String fileName, byte[] bytes, boolean mainContentOnly) throws ExtractionException;

    default ExtractedText extract(String fileName, byte[] bytes) throws ExtractionException {
        return extract(fileName, bytes, false);
    }

    /**
     * Whether this file is a plain zip archive whose entries are documents of their own, as opposed
     * to a zip-based document format (docx, odt, epub, …).
     */
    boolean isArchive(String fileName, java.nio.file.Path file);

    /** {@link #isArchive(String, java.nio.file.Path)} for a file held in memory. */
    boolean isArchive(String fileName, byte[] bytes);

    /**
     * Prepares in the background what the first extraction would otherwise wait for; called once the
     * app is ready, so that it does not slow the start-up down.
     */
    default void warmUp() {}
}
