package io.socialdesk.channel;

import java.util.Optional;

/**
 * Port: an account's settings and secrets written together, in one transaction, so a change that fails leaves both
 * as they were (a new secret is never kept beside old settings, nor the reverse).
 */
public interface AccountChanges {
    /** {@code backfill}: how far back its first poll takes in what is already on the network (usually zero). */
    ChannelAccount create(AccountSettings settings, String intakeUserKey, java.time.Duration backfill,
                          Optional<Credentials> credentials);

    /** {@code intakeUserKey}: the Jira user to act as from now on; empty keeps the current one. */
    Optional<ChannelAccount> update(long id, AccountSettings settings, Optional<String> intakeUserKey,
                                    Optional<Credentials> credentials);
}
