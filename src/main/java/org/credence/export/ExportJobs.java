package org.credence.export;

import java.util.concurrent.Executor;
import org.credence.security.Access;
import org.credence.security.CallerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs exports to the exports folder in the background, so a long export shows progress and can be
 * cancelled while its researcher keeps working. One export at a time per node: two large exports
 * would only share the same disk and database, each finishing later.
 */
@Service
public class ExportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

    private final ExportService exports;
    private final Executor executor;
    private final CallerContext caller;

    ExportJobs(ExportService exports, @Qualifier("exportExecutor") Executor executor, CallerContext caller) {
        this.exports = exports;
        this.caller = caller;
        this.executor = executor;
    }

    /** Counts the statements, then writes the export on the export thread as the caller. */
    @Access.Exporters
    public ExportJob start(ExportFormat format, ExportOptions options) {
        ExportJob job = new ExportJob(format, exports.count(options));
        executor.execute(caller.asCurrent(() -> run(job, options)));
        return job;
    }

    private void run(ExportJob job, ExportOptions options) {
        if (job.cancelRequested()) { // cancelled while waiting for the export before it
            job.cancelled();
            return;
        }
        try {
            job.succeeded(exports.exportToFolder(job.format(), options, job));
        } catch (ExportCancelledException e) {
            job.cancelled();
        } catch (Exception e) {
            log.warn("Export as {} failed", job.format().id(), e);
            job.failed(e.getMessage());
        }
    }

    @Configuration
    static class ExportExecutorConfiguration {

        @Bean(name = "exportExecutor", destroyMethod = "shutdown")
        ThreadPoolTaskExecutor exportExecutor() {
            ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(1);
            executor.setMaxPoolSize(1);
            executor.setThreadNamePrefix("export-");
            executor.setDaemon(true);
            executor.initialize();
            return executor;
        }
    }
}
