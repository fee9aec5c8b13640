package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads left behind by a process that was killed are removed at the next start; a live process's are not. */
class UploadFolderTest {

    @TempDir
    Path root;

    @Test
    void a_start_removes_the_folders_no_running_process_holds_and_nothing_else() throws IOException {
        Path dead = Files.createDirectories(root.resolve("crashed-node"));
        Files.createFile(dead.resolve(".lock"));
        Files.write(dead.resolve("upload-1.part"), new byte[1000]);
        Path notOurs = Files.createDirectories(root.resolve("notes"));
        UploadFolder running = new UploadFolder(root);
        Path live = running.newFile();

        UploadFolder starting = new UploadFolder(root);

        assertThat(dead).as("its lock was free: the process is gone").doesNotExist();
        assertThat(live).as("the running node's lock is held").exists();
        assertThat(notOurs).as("no lock file: not an upload folder").exists();
        assertThat(starting.folder()).isNotEqualTo(running.folder());
        assertThat(starting.newFile().getParent()).isEqualTo(starting.folder());

        // A third start in the same JVM (tests start several application contexts) must not release
        // and then sweep the first one's lock: on Linux closing any channel to a file drops the locks on it.
        new UploadFolder(root);
        new UploadFolder(root);
        assertThat(live).exists();
        assertThat(running.newFile()).exists();
    }
}
