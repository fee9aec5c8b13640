package org.credence.document;

import org.credence.document.extract.ExtractionLimits;
import org.credence.document.extract.Tesseract;
import org.credence.document.extract.TextExtractor;
import org.credence.document.extract.TikaTextExtractor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
class ImportExecutorConfiguration {

    /**
     * Parsing is CPU-bound: one thread per core keeps the machine responsive for reviewers while a
     * batch imports. The queue is unbounded for single uploads, each holding one file; batches bound
     * how many files they have in flight themselves.
     */
    @Bean(name = "importExecutor", destroyMethod = "shutdown")
    ThreadPoolTaskExecutor importExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("import-");
        executor.initialize();
        return executor;
    }

    @Bean
    TextExtractor textExtractor(ImportProperties properties) {
        return new TikaTextExtractor(
                new ExtractionLimits(
                        properties.parseTimeout(),
                        properties.maxEmbeddedDepth(),
                        ExtractionLimits.DEFAULT.maxTextChars()),
                properties.ocr().settings(),
                () -> Tesseract.version("tesseract"));
    }

    /**
     * The extractor's parsers, and the language detector's profiles, load once the app is ready, not
     * during the start-up they would slow down; nor during the first import (the profiles of 70 languages
     * took 0.7 s of the first file's import, and a tenth of a 3,000-file batch's CPU).
     */
    @EventListener
    void warmUpExtractor(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(TextExtractor.class).warmUp();
        ready.getApplicationContext()
                .getBean("importExecutor", ThreadPoolTaskExecutor.class)
                .execute(LanguageGuesser::warmUp);
    }
}
