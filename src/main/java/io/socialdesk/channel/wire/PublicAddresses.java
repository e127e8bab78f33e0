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
        Optional<InetAddress> embedded = embeddedIpv4(address.getAddress());
        if (embedded.isPresent()) {
            return isPublic(embedded.get());
        }
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

    /**
     * The IPv4 address an IPv6 address carries, which is where a packet to it may end up: IPv4-compatible
     * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::/96}) and 6to4 ({@code 2002:a.b.c.d::/16}). (IPv4-mapped
     * {@code ::ffff:a.b.c.d} already arrives as an IPv4 address.)
     */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return Optional.empty();
        }
        boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16) && !(allZero(b, 12, 15) && b[15] == 1);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        if (compatible || nat64) {
            return Optional.of(ipv4(b, 12));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(ipv4(b, 2));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b, int offset) {
        try {
            return InetAddress.getByAddress(new byte[] {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
