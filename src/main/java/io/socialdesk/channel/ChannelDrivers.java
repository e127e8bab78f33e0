package io.socialdesk.channel;

import java.util.Optional;

/** The drivers installed in this version of SocialDesk, by network. */
public interface ChannelDrivers {
    Optional<ChannelDriver> forKind(ChannelKind kind);
}
