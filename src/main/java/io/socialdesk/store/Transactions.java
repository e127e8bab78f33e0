package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.socialdesk.support.SqlConflicts;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one write policy of the store: a transaction the database cancels for a concurrent one (SQLSTATE class 23 or
 * 40: a unique key met first, a serialization failure, a deadlock) changed nothing and is tried again, a bounded
 * number of times with a short random pause; what still conflicts is thrown, and the REST edge answers it 503 with
 * Retry-After ({@code web.ServerErrors}). Under serializable isolation (AO's own default; Jira runs read committed)
 * two admins saving settings, or two nodes touching one account, meet so.
 */
final class Transactions {
    static final int ATTEMPTS = 8;

    private Transactions() {
    }

    /** {@code work} in one transaction, again after a conflict; it must do nothing outside the database. */
    static <T> T write(ActiveObjects ao, TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || SqlConflicts.retryable(e).isEmpty()) {
                    throw e;
                }
                pauseBeforeRetry(attempt, e);
            }
        }
    }

    /**
     * Writers that conflicted once meet again if they retry at once: a short random pause, growing with the
     * attempts, lets one of them through first.
     */
    static void pauseBeforeRetry(int attempt, RuntimeException conflict) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw conflict;
        }
    }
}
