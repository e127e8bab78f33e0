package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import java.time.Instant;
import java.util.Optional;

/**
 * What the intake job does for an account after its contacts are routed, under the same account lock (surge
 * watching and incident answers live in their own feature and plug in here, so intake does not depend on them).
 */
public interface AfterRouting {
    /** Does the account's watching; answers when the watchers need the account again (empty: not before new posts). */
    Optional<Instant> after(ChannelAccount account);
}
