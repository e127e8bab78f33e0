package io.socialdesk.admin;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which API base URLs an admin may point an account at. Jira sends the account's token there and polls it forever,
 * so only https on public addresses: no loopback, private, link-local (cloud metadata), CGNAT or multicast targets.
 * The sandbox and tests, which run fake networks on localhost, set {@value #ALLOW_PRIVATE_PROPERTY}=true.
 */
@Component
public class ApiBaseUrlPolicy {
    public static final String ALLOW_PRIVATE_PROPERTY = "io.socialdesk.allowPrivateHosts";

    /** The reason the URL is refused, or empty when it is fine. */
    public Optional<String> refusal(URI url) {
        boolean allowPrivate = Boolean.getBoolean(ALLOW_PRIVATE_PROPERTY);
        if (url.getHost() == null || url.getUserInfo() != null || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            return Optional.of("must be a plain https://host[:port] address");
        }
        if (!"https".equals(url.getScheme()) && !(allowPrivate && "http".equals(url.getScheme()))) {
            return Optional.of("must use https");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("points to a private or local address");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("host does not resolve");
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18));
        }
        return (b[0] & 0xfe) != 0xfc; // IPv6 unique local fc00::/7
    }
}
