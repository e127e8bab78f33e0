package io.socialdesk.channel;

/**
 * Where a channel account stands. Only {@link #ACTIVE} accounts are polled; the others wait for an admin, because
 * retrying a revoked token or an empty X balance only burns rate limit and floods the log.
 */
public enum AccountStatus {
    ACTIVE,
    DISABLED,
    AUTH_FAILED,
    PAUSED_BILLING;

    public boolean polls() {
        return this == ACTIVE;
    }
}
