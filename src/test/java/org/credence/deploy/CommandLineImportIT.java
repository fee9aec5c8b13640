package org.credence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command-line import as users run it: a real process with Tomcat's servlet context, where Spring
 * reads a path property as a web resource first (a unit test's context does not).
 */
class CommandLineImportIT {

    @Test
    void a_folder_given_relative_to_the_parent_folder_is_imported_and_the_program_ends_with_0() throws Exception {
        Path base = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-relative-");
        Path home = Files.createDirectories(base.resolve("home"));
        Path folder = Files.createDirectories(base.resolve("corpus"));
        Files.writeString(folder.resolve("one.txt"), "Relative path one\nThe bridge reopened on Monday.");
        Files.writeString(folder.resolve("two.txt"), "Relative path two\nThe council met on Tuesday.");

        try (AppInstance app = new AppInstance(
                "cli-relative",
                List.of("--credence.import.run=../corpus", "--credence.import.import-seeds=false"),
                home)) {
            int exit = app.runToExit(Duration.ofMinutes(3));

            String output = Files.readString(app.log());
            assertThat(output).doesNotContain("normalized to").contains("2 imported");
            assertThat(exit).as(output).isZero();
        }
    }
}
