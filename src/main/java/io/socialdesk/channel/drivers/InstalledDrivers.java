package io.socialdesk.channel.drivers;

import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelDrivers;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.mastodon.MastodonDriver;
import io.socialdesk.channel.x.XDriver;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds every driver once, on one shared HTTP client (connection pooling, no redirects: a redirect to another host
 * would carry the account's token there).
 */
@Component
public class InstalledDrivers implements ChannelDrivers {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Map<ChannelKind, ChannelDriver> drivers = new EnumMap<>(ChannelKind.class);

    @Inject
    public InstalledDrivers(Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        register(new MastodonDriver(http, REQUEST_TIMEOUT, clock));
        register(new XDriver(http, REQUEST_TIMEOUT, clock));
    }

    private void register(ChannelDriver driver) {
        drivers.put(driver.kind(), driver);
    }

    @Override
    public Optional<ChannelDriver> forKind(ChannelKind kind) {
        return Optional.ofNullable(drivers.get(kind));
    }
}
