package io.socialdesk.channel;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The channels installed in this version of SocialDesk: their specs, and the drivers of the polled ones. */
public interface ChannelCatalog {
    List<ChannelSpec> specs();

    Optional<ChannelSpec> spec(ChannelKind kind);

    Optional<ChannelDriver> driver(ChannelKind kind);

    /**
     * Runs driver calls a person waits for (an agent's reply, an admin's Test connection) within one short budget
     * for all of their exchanges, so a slow network answers them in seconds, not after every call's full timeout,
     * and a Jira request thread is not held.
     */
    <T> T interactive(Supplier<T> work);

    /** Downloads of customers' photos and videos, through the drivers' HTTP edge (its guard and timeouts). */
    io.socialdesk.channel.wire.MediaDownloads media();
}
