package io.socialdesk.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.executor.ThreadLocalDelegateExecutorFactory;
import io.socialdesk.intake.JobThreads;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The intake job's own threads, wrapped by SAL so the work on them runs in the job thread's context (Atlassian's
 * guidance for work outside the calling thread; the Jira 11 Slack app wraps its pool the same way).
 */
@Component
public class SalJobThreads implements JobThreads {
    private final ThreadLocalDelegateExecutorFactory contexts;

    @Inject
    public SalJobThreads(@ComponentImport ThreadLocalDelegateExecutorFactory contexts) {
        this.contexts = contexts;
    }

    @Override
    public ExecutorService pool(int threads, String name) {
        AtomicInteger next = new AtomicInteger();
        return contexts.createExecutorService(Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
    }
}
