package io.socialdesk.channel;

import java.util.List;
import java.util.Optional;

/** The channels installed in this version of SocialDesk: their specs, and the drivers of the polled ones. */
public interface ChannelCatalog {
    List<ChannelSpec> specs();

    Optional<ChannelSpec> spec(ChannelKind kind);

    Optional<ChannelDriver> driver(ChannelKind kind);
}
