package org.credence;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Credence: a source-credibility annotation workbench. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** One clock for every timestamp, so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
