package org.credence.document;

import java.nio.file.Path;

/**
 * One file handed to a batch import: a file on disk (an upload's temporary file, a file in a folder,
 * a zip archive) and the name it is known by.
 */
public record ImportInput(String name, Path file) {

    public static ImportInput of(Path file) {
        return new ImportInput(file.getFileName().toString(), file);
    }
}
