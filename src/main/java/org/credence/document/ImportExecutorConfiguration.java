package org.credence.document;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
class ImportExecutorConfiguration {

    /**
     * Parsing is CPU-bound: one thread per core keeps the machine responsive for reviewers while a
     * batch imports. The queue is unbounded because each task only holds one file.
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
}
