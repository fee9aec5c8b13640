package org.credence.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Start-up time of the app as its own process (development mode, this build's classes), from launch
 * until the login page answers and the API signs in: first on an empty folder with the five seed
 * articles imported at start, then three restarts on the database that leaves.
 * A benchmark, not a test: {@code mvn -Pbench verify -Dit.test=StartupBenchmark}.
 */
class StartupBenchmark {

    @Test
    void start_up_time() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "startup-");
        List<String> withSeeds = List.of("--credence.import.import-seeds=true",
                "--credence.import.seeds-dir=" + Path.of("seeds").toAbsolutePath());
        List<Duration> restarts = new ArrayList<>();
        Duration first;
        try (AppInstance app = new AppInstance("startup-first", withSeeds, home)) {
            first = app.start();
        }
        for (int i = 0; i < 3; i++) {
            try (AppInstance app = new AppInstance("startup-" + i, withSeeds, home)) {
                restarts.add(app.start());
            }
        }
        System.out.printf(Locale.ROOT, "BENCH start-up: first start with the seed import %d ms; restarts %s ms%n",
                first.toMillis(), restarts.stream().map(Duration::toMillis).toList());
    }
}
