package io.socialdesk.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * What an admin needs to see of an account's polling: when it last ran and succeeded, the last error, and when the
 * next poll is due (later than the interval while rate-limited or backing off). {@code notice}: what the admin should
 * know although polling works, e.g. that the network's own settings drop some customers' posts before SocialDesk can
 * read them.
 */
public record AccountHealth(
        AccountStatus status,
        Optional<Instant> lastPollAt,
        Optional<Instant> lastSuccessAt,
        Optional<String> lastError,
        Optional<Instant> rateLimitResetAt,
        Instant nextPollAt,
        int consecutiveFailures,
        Optional<String> notice) {

    public AccountHealth(AccountStatus status, Optional<Instant> lastPollAt, Optional<Instant> lastSuccessAt,
                         Optional<String> lastError, Optional<Instant> rateLimitResetAt, Instant nextPollAt,
                         int consecutiveFailures) {
        this(status, lastPollAt, lastSuccessAt, lastError, rateLimitResetAt, nextPollAt, consecutiveFailures,
                Optional.empty());
    }

    public static AccountHealth fresh(Instant now) {
        return new AccountHealth(AccountStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), now, 0);
    }

    /** The same health with the next poll moved to {@code when} (more pages waiting, an admin's *Poll now*). */
    public AccountHealth dueAt(Instant when) {
        return new AccountHealth(status, lastPollAt, lastSuccessAt, lastError, rateLimitResetAt, when,
                consecutiveFailures, notice);
    }

    /** Due when polling and its time has come, and never before the network's rate-limit reset, whoever asks. */
    public boolean isDue(Instant now) {
        return status.polls() && !nextPollAt.isAfter(now) && rateLimitResetAt.filter(now::isBefore).isEmpty();
    }
}
