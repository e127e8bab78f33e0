package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;

/**
 * What the intake job does for an account after its contacts are routed, under the same account lock (surge
 * watching and incident answers live in their own feature and plug in here, so intake does not depend on them).
 */
public interface AfterRouting {
    void after(ChannelAccount account);
}
