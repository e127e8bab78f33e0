package io.socialdesk.admin;

import io.socialdesk.channel.wire.PublicAddresses;
import java.net.URI;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which API base URLs an admin may point an account at. Jira sends the account's token there and polls it forever,
 * so only plain https addresses on public hosts ({@link PublicAddresses}); the HTTP edge checks the host again before
 * every connection. The sandbox and tests, which run fake networks on localhost, set
 * {@value PublicAddresses#ALLOW_PRIVATE_PROPERTY}=true, which also allows http.
 */
@Component
public class ApiBaseUrlPolicy {
    /** The reason the URL is refused, or empty when it is fine. */
    public Optional<String> refusal(URI url) {
        boolean allowPrivate = Boolean.getBoolean(PublicAddresses.ALLOW_PRIVATE_PROPERTY);
        if (url.getHost() == null || url.getUserInfo() != null || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            return Optional.of("must be a plain https://host[:port] address");
        }
        if (!"https".equals(url.getScheme()) && !(allowPrivate && "http".equals(url.getScheme()))) {
            return Optional.of("must use https");
        }
        return PublicAddresses.ofThisJvm().refusal(url.getHost());
    }
}
