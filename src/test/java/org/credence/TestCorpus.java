package org.credence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.credence.document.DocumentService;
import org.credence.document.ImportOutcome;

/** Imports test documents through the real import path. Each text is made unique so tests never collide. */
public final class TestCorpus {

    private TestCorpus() {}

    /** Imports {@code text} (made unique by a trailing line) and returns the new document's id. */
    /** The five seed articles, in file order. */
    public static final java.util.List<String> SEEDS = java.util.List.of(
            "000_244b2b9ce906f99e.txt",
            "001_f113e6a3b938ad3c.txt",
            "002_1a7f90548226c347.txt",
            "003_d6d6020e59357bc8.txt",
            "004_511a809760d97446.txt");

    public static long importText(DocumentService documents, String text) {
        String unique = text + "\n\nTest run " + UUID.randomUUID();
        ImportOutcome outcome = documents.importFile(
                "test-" + UUID.randomUUID() + ".txt", unique.getBytes(StandardCharsets.UTF_8), "test");
        if (outcome.status() != ImportOutcome.Status.CREATED) {
            throw new IllegalStateException("Test document not imported: " + outcome);
        }
        return outcome.documentId();
    }

    public static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] seed(String name) {
        try {
            return Files.readAllBytes(Path.of("seeds", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
