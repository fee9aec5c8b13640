package org.credence.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploads wait until their batch has imported them: one folder per running process
 * ({@code credence-uploads/<pid>} under the temporary directory), so a process killed mid-upload leaves
 * its files in a folder that the next start can recognise as abandoned — its process is gone — and
 * remove, without touching the uploads of another node running on the same machine.
 */
@Component
public class UploadFolder {

    private static final Logger log = LoggerFactory.getLogger(UploadFolder.class);

    private final Path root;
    private final Path mine;

    UploadFolder(@Value("${credence.import.upload-dir:#{systemProperties['java.io.tmpdir']}/credence-uploads}") Path root)
            throws IOException {
        this.root = root;
        this.mine = root.resolve(Long.toString(ProcessHandle.current().pid()));
        sweepAbandoned();
        Files.createDirectories(mine);
    }

    /** A new, empty file for one upload; the batch deletes it when it is done with it. */
    public Path newFile() {
        try {
            Files.createDirectories(mine);
            return Files.createTempFile(mine, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("No room for an upload in " + mine, e);
        }
    }

    /** The folder of this process (tests look into it). */
    Path folder() {
        return mine;
    }

    /** Removes the folders of processes that no longer run: what a kill or a crash left behind. */
    int sweepAbandoned() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.toList()) {
                Optional<Long> pid = pidOf(folder);
                if (pid.isEmpty() || ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                removed += deleteTree(folder);
            }
        }
        if (removed > 0) {
            log.info("Removed {} upload file(s) left behind by a process that stopped mid-import", removed);
        }
        return removed;
    }

    private static Optional<Long> pidOf(Path folder) {
        try {
            return Optional.of(Long.parseLong(folder.getFileName().toString()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    private static int deleteTree(Path folder) throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(path)) {
                    files++;
                }
                Files.deleteIfExists(path);
            }
        }
        return files;
    }
}
