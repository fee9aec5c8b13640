package org.credence.document;

/** The bytes a document was imported from, with what a download needs to name them. */
public record OriginalFile(String fileName, String contentType, String sha256, byte[] content) {}
