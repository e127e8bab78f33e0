package io.socialdesk.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Store port for channel accounts; implemented on Active Objects in {@code store}. */
public interface ChannelAccounts {
    List<ChannelAccount> all();

    Optional<ChannelAccount> byId(long id);

    List<ChannelAccount> dueAt(Instant now);

    void recordHealth(long accountId, AccountHealth health);

    /** {@code intakeUserKey}: the Jira user SocialDesk acts as for this account; nothing older than now is taken in. */
    default ChannelAccount create(AccountSettings settings, String intakeUserKey) {
        return create(settings, intakeUserKey, java.time.Duration.ZERO);
    }

    /** As {@link #create(AccountSettings, String)}, its first poll also taking in the last {@code backfill}. */
    ChannelAccount create(AccountSettings settings, String intakeUserKey, java.time.Duration backfill);

    /** The account's own user id on its network, as the network said it (its own posts are never requests). */
    void recordOwnUserId(long id, String ownUserId);

    /** Saves new settings; enabling (again) makes the account due at once with a clean failure count. */
    Optional<ChannelAccount> update(long id, AccountSettings settings);

    /** The Jira user SocialDesk acts as for this account from now on. */
    void changeIntakeUser(long id, String intakeUserKey);

    boolean delete(long id);
}
