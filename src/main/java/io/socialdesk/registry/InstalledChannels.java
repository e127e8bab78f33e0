package io.socialdesk.registry;

import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.mastodon.MastodonDriver;
import io.socialdesk.channel.x.XDriver;
import io.socialdesk.phone.PhoneChannel;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one registration of the channels this version of SocialDesk has: a new channel adds its driver (or, for a
 * pushed channel, its spec) here and nowhere else. Drivers share one HTTP client (connection pooling; redirects
 * never followed, since a redirect to another host would carry the account's token there).
 */
@Component
public class InstalledChannels implements ChannelCatalog {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Map<ChannelKind, ChannelDriver> drivers;
    private final List<ChannelSpec> specs;

    @Inject
    public InstalledChannels(Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<ChannelDriver> polled = List.of(new XDriver(http, REQUEST_TIMEOUT, clock),
                new MastodonDriver(http, REQUEST_TIMEOUT, clock));
        this.drivers = polled.stream().collect(Collectors.toUnmodifiableMap(d -> d.spec().kind(), Function.identity()));
        this.specs = java.util.stream.Stream.concat(polled.stream().map(ChannelDriver::spec),
                java.util.stream.Stream.of(PhoneChannel.SPEC)).toList();
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
}
