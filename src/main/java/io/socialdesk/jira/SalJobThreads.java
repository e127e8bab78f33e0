package io.socialdesk.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.executor.ThreadLocalDelegateExecutorFactory;
import io.socialdesk.intake.JobThreads;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The intake job's own threads, wrapped by SAL so the work on them runs in the job thread's context (Atlassian's
 * guidance for work outside the calling thread; the Jira 11 Slack app wraps its pool the same way).
 */
@Component
public class SalJobThreads implements JobThreads, DisposableBean {
    /** How long disabling waits for the pool's threads to end after interrupting them. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);
    /** An idle thread ends after this: between runs a quiet node holds no SocialDesk thread. */
    static final Duration IDLE_THREAD = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(SalJobThreads.class);

    private final ThreadLocalDelegateExecutorFactory contexts;
    private ThreadPoolExecutor raw;
    private ExecutorService pool;
    private boolean stopped;

    @Inject
    public SalJobThreads(@ComponentImport ThreadLocalDelegateExecutorFactory contexts) {
        this.contexts = contexts;
    }

    @Override
    public synchronized ExecutorService pool(int threads, String name) {
        if (stopped) {
            throw new RejectedExecutionException("SocialDesk is disabled on this node");
        }
        if (pool == null) {
            AtomicInteger next = new AtomicInteger();
            raw = new ThreadPoolExecutor(threads, threads, IDLE_THREAD.toMillis(), TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, name + "-" + next.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            raw.allowCoreThreadTimeOut(true);
            pool = contexts.createExecutorService(raw);
        }
        return pool;
    }

    /**
     * The plugin is disabled: its threads are interrupted (an HTTP request answers "interrupted", a lock wait ends)
     * and waited for a moment; what they leave undone was recorded first and is taken up by the next run anywhere.
     */
    @Override
    public synchronized void destroy() throws InterruptedException {
        stopped = true;
        if (raw == null) {
            return;
        }
        raw.shutdownNow();
        if (!raw.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("SocialDesk's intake threads did not stop within {} s of being interrupted", STOP_WAIT.toSeconds());
        }
        raw = null;
        pool = null;
    }
}
