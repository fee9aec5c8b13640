package org.credence.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Start-up time of the app as its own process, from launch until the login page answers and the API
 * signs in: first on an empty folder with the five seed articles imported at start, then three
 * restarts on the database that leaves. Once from this build's classes, once with {@code java -jar}
 * on the jar the build packaged.
 * A third time on the folder {@code scripts/cds-archive} makes (class-data sharing), when it is there.
 * A benchmark, not a test: {@code mvn -Pbench verify -Dit.test=StartupBenchmark}; with
 * {@code -Pproduction,bench} both runs are in production mode, as deployed.
 */
class StartupBenchmark {

    @Test
    void start_up_time() throws Exception {
        measure("from classes", null);
        String jar = System.getProperty("credence.app.jar");
        if (jar != null && Files.isRegularFile(Path.of(jar))) {
            measure("java -jar " + Path.of(jar).getFileName(), Path.of(jar).toAbsolutePath());
        }
        Path cds = Path.of("target", "app", "credence.jsa").toAbsolutePath();
        if (Files.isRegularFile(cds)) { // made by scripts/cds-archive
            measure(
                    "java -jar target/app/credence.jar with the CDS archive",
                    cds.resolveSibling("credence.jar"),
                    List.of("-XX:SharedArchiveFile=" + cds, "-Xlog:cds=off"));
        }
    }

    private static void measure(String how, Path jar) throws Exception {
        measure(how, jar, List.of());
    }

    private static void measure(String how, Path jar, List<String> jvmArguments) throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "startup-");
        List<String> withSeeds = List.of(
                "--credence.import.import-seeds=true",
                "--credence.import.seeds-dir=" + Path.of("seeds").toAbsolutePath());
        List<Duration> restarts = new ArrayList<>();
        Duration first;
        try (AppInstance app = new AppInstance("startup-first", withSeeds, home, jar).jvmArguments(jvmArguments)) {
            first = app.start();
        }
        for (int i = 0; i < 3; i++) {
            try (AppInstance app = new AppInstance("startup-" + i, withSeeds, home, jar).jvmArguments(jvmArguments)) {
                restarts.add(app.start());
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH start-up (%s): first start with the seed import %d ms; restarts %s ms%n",
                how,
                first.toMillis(),
                restarts.stream().map(Duration::toMillis).toList());
    }
}
