package io.socialdesk.support;

import java.sql.SQLException;
import java.util.Optional;

/**
 * SQLSTATE class 23 (integrity constraint violation) and class 40 (transaction rollback: deadlock, serialization
 * failure) are what two writers of the same rows see on every database Jira supports. Both leave nothing behind and
 * are safe to retry; anything else is a real failure.
 */
public final class SqlConflicts {
    private SqlConflicts() {
    }

    public static Optional<SQLException> retryable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
