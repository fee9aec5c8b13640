package org.credence.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploads wait until their batch has imported them: one folder per running process under
 * {@code credence-uploads} in the temporary directory, holding a lock file the process keeps locked
 * while it lives. A process killed mid-upload leaves a folder whose lock anyone can take, so the next
 * start removes it; a folder whose lock is held belongs to a running process (another node on the same
 * disk) and is left alone. Locks, not process ids: in containers every node is process 1.
 */
@Component
public class UploadFolder {

    private static final Logger log = LoggerFactory.getLogger(UploadFolder.class);
    private static final String LOCK = ".lock";
    /**
     * The folders this JVM holds, never probed: on Linux, closing any channel to a locked file releases
     * every lock the process holds on it, so probing one's own lock would silently give it up.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final Path mine;
    /** Held for the life of the process; the operating system releases it when the process dies. */
    private final FileLock alive;

    public UploadFolder(
            @Value("${credence.import.upload-dir:#{systemProperties['java.io.tmpdir']}/credence-uploads}") Path root)
            throws IOException {
        this.root = root;
        sweepAbandoned();
        this.mine = Files.createDirectories(root.resolve(UUID.randomUUID().toString()))
                .toAbsolutePath();
        HELD_HERE.add(mine);
        this.alive = FileChannel.open(mine.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)
                .lock();
    }

    /** A new, empty file for one upload; the batch deletes it when it is done with it. */
    public Path newFile() {
        try {
            Files.createDirectories(mine); // an operator may have cleared the temporary directory
            return Files.createTempFile(mine, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("No room for an upload in " + mine, e);
        }
    }

    /** The folder of this process. */
    public Path folder() {
        return mine;
    }

    /** Removes the folders no running process holds: what a kill or a crash left behind. */
    int sweepAbandoned() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                if (!HELD_HERE.contains(folder.toAbsolutePath()) && abandoned(folder)) {
                    removed += deleteTree(folder);
                }
            }
        }
        if (removed > 0) {
            log.info("Removed {} upload file(s) left behind by a process that stopped mid-import", removed);
        }
        return removed;
    }

    /** A folder of ours (it has a lock file) whose lock nobody holds. */
    private static boolean abandoned(Path folder) {
        Path lock = folder.resolve(LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return false;
            }
            taken.release();
            return true;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static int deleteTree(Path folder) throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(path) && !path.getFileName().toString().equals(LOCK)) {
                    files++;
                }
                Files.deleteIfExists(path);
            }
        }
        return files;
    }
}
