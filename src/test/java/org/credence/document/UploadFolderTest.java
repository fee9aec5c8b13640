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
    void a_start_removes_the_folders_of_stopped_processes_only() throws IOException {
        Path dead = Files.createDirectories(root.resolve("2147483646"));
        Files.write(dead.resolve("upload-1.part"), new byte[1000]);
        Files.write(dead.resolve("upload-2.part"), new byte[1000]);
        Path alive = Files.createDirectories(root.resolve(Long.toString(ProcessHandle.current().pid())));
        Files.write(alive.resolve("upload-3.part"), new byte[10]);
        Path notOurs = Files.createDirectories(root.resolve("notes"));

        UploadFolder folder = new UploadFolder(root);

        assertThat(dead).doesNotExist();
        assertThat(alive.resolve("upload-3.part")).as("a running process's upload stays").exists();
        assertThat(notOurs).exists();
        Path upload = folder.newFile();
        assertThat(upload.getParent()).isEqualTo(folder.folder());
        assertThat(upload).isEmptyFile();
    }
}
