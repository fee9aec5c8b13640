package org.credence.document.extract;

/**
 * Turns the bytes of an imported file into text and metadata. Implementations must be thread-safe:
 * imports run in parallel.
 */
public interface TextExtractor {

    /**
     * @param fileName the original file name, a hint for format detection
     * @param bytes the file's whole content
     * @throws ExtractionException with a message a person understands when the file cannot be read
     */
    ExtractedText extract(String fileName, byte[] bytes) throws ExtractionException;
}
