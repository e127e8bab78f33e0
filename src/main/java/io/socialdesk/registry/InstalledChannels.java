package io.socialdesk.registry;

import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.bluesky.BlueskyDriver;
import io.socialdesk.channel.mastodon.MastodonDriver;
import io.socialdesk.channel.meta.FacebookDriver;
import io.socialdesk.channel.meta.InstagramDriver;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.MediaDownloads;
import io.socialdesk.channel.wire.PublicAddresses;
import io.socialdesk.channel.x.XDriver;
import io.socialdesk.phone.PhoneChannel;
import io.socialdesk.whatsapp.WhatsAppDriver;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.socialdesk.channel.Installation;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one registration of the channels this version of SocialDesk has: a new channel adds its driver (or, for a
 * pushed channel, its spec) here and nowhere else. Drivers share one HTTP edge: one connection pool, one timeout,
 * the address guard before every connection and no redirects followed.
 */
@Component
public class InstalledChannels implements ChannelCatalog, DisposableBean {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** All exchanges of one reply or Test connection together: an agent or admin waits at most this long. */
    static final Duration INTERACTIVE_BUDGET = Duration.ofSeconds(10);

    private final Map<ChannelKind, ChannelDriver> drivers;
    private final List<ChannelSpec> specs;
    private final HttpEdge edge;
    private final MediaDownloads media;

    @Inject
    public InstalledChannels(Clock clock, Installation installation) {
        this.edge = new HttpEdge(CONNECT_TIMEOUT, REQUEST_TIMEOUT, PublicAddresses.ofThisJvm());
        this.media = new MediaDownloads(edge);
        List<ChannelDriver> withDrivers = List.of(new XDriver(edge, clock),
                new MastodonDriver(edge, clock, installation::id),
                new BlueskyDriver(edge, clock), new FacebookDriver(edge, clock), new InstagramDriver(edge, clock),
                new WhatsAppDriver(edge, media));
        this.drivers = withDrivers.stream()
                .collect(Collectors.toUnmodifiableMap(d -> d.spec().kind(), Function.identity()));
        this.specs = Stream.concat(withDrivers.stream().map(ChannelDriver::spec), Stream.of(PhoneChannel.SPEC))
                .toList();
    }

    /** The plugin is disabled: the drivers' connections close with it. */
    @Override
    public void destroy() {
        edge.close();
    }

    @Override
    public List<ChannelSpec> specs() {
        return specs;
    }

    @Override
    public Optional<ChannelSpec> spec(ChannelKind kind) {
        return specs.stream().filter(s -> s.kind().equals(kind)).findFirst();
    }

    @Override
    public Optional<ChannelDriver> driver(ChannelKind kind) {
        return Optional.ofNullable(drivers.get(kind));
    }

    @Override
    public <T> T interactive(Supplier<T> work) {
        return edge.within(INTERACTIVE_BUDGET, work);
    }

    @Override
    public MediaDownloads media() {
        return media;
    }
}
