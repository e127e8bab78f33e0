package io.socialdesk.channel.wire;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Only public internet addresses: no loopback, private, link-local (cloud metadata), CGNAT, reserved or multicast
 * targets, so an account's URL cannot make Jira send its token (or a request) into the company network. Checked when
 * an account is saved and again before every connection, because a name can later resolve elsewhere (DNS
 * rebinding). The JDK caches a successful lookup for 30 s by default, so the connection that follows the check uses
 * the addresses checked.
 */
public final class PublicAddresses implements AddressGuard {
    /** The sandbox and tests run fake networks on localhost: {@code -Dio.socialdesk.allowPrivateHosts=true}. */
    public static final String ALLOW_PRIVATE_PROPERTY = "io.socialdesk.allowPrivateHosts";

    /** Looks a host up, as {@link InetAddress#getAllByName} does; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;

    public PublicAddresses(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The guard Jira runs with: the system resolver, unless the sandbox property allows every host. */
    public static AddressGuard ofThisJvm() {
        return Boolean.getBoolean(ALLOW_PRIVATE_PROPERTY) ? ANY_HOST : new PublicAddresses(InetAddress::getAllByName);
    }

    @Override
    public Optional<String> refusal(String host) {
        if (host == null || host.isBlank()) {
            return Optional.of("no host");
        }
        try {
            for (InetAddress address : resolver.resolve(host)) {
                if (!isPublic(address)) {
                    return Optional.of(host + " points to a private or local address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(host + " does not resolve");
        }
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
        // an IPv4-mapped IPv6 address arrives as an Inet4Address (InetAddress converts it), so it was checked above
        return (b[0] & 0xfe) != 0xfc; // IPv6 unique local fc00::/7
    }
}
