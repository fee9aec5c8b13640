package org.credence.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.credence.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where start-up goes: starts the app in this JVM with Spring's start-up recorder on and prints the
 * slowest beans (their own time, children excluded) and the phases. A benchmark, not a test:
 * {@code mvn -Pbench verify -Dit.test=StartupProfileBenchmark | grep BENCH}.
 */
class StartupProfileBenchmark {

    @Test
    void where_start_up_goes() {
        SpringApplication app = new SpringApplication(Application.class);
        BufferingApplicationStartup recorder = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(recorder);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = app.run(
                "--server.port=0",
                "--vaadin.launch-browser=false",
                "--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1",
                "--credence.import.import-seeds=false")) {
            System.out.printf(
                    Locale.ROOT, "BENCH start-up in this JVM: %d ms%n", (System.nanoTime() - started) / 1_000_000);
            List<StartupTimeline.TimelineEvent> events =
                    recorder.getBufferedTimeline().getEvents();
            record Own(String name, long millis) {}
            List<Own> own = new ArrayList<>();
            for (StartupTimeline.TimelineEvent e : events) {
                long children = events.stream()
                        .filter(c -> c.getStartupStep().getParentId() != null
                                && c.getStartupStep().getParentId()
                                        == e.getStartupStep().getId())
                        .mapToLong(c -> c.getDuration().toMillis())
                        .sum();
                String what = e.getStartupStep().getName();
                for (var tag : e.getStartupStep().getTags()) {
                    if (tag.getKey().equals("beanName")) {
                        what += " " + tag.getValue();
                    }
                }
                own.add(new Own(what, e.getDuration().toMillis() - children));
            }
            own.stream()
                    .sorted(Comparator.comparingLong(Own::millis).reversed())
                    .limit(30)
                    .forEach(o -> System.out.printf(Locale.ROOT, "BENCH   %6d ms  %s%n", o.millis(), o.name()));
            Duration total = events.stream()
                    .filter(e -> e.getStartupStep().getParentId() == null)
                    .map(StartupTimeline.TimelineEvent::getDuration)
                    .reduce(Duration.ZERO, Duration::plus);
            System.out.printf(Locale.ROOT, "BENCH recorded top-level steps: %d ms%n", total.toMillis());
        }
    }
}
