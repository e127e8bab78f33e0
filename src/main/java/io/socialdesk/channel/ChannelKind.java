package io.socialdesk.channel;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A network or medium SocialDesk talks to, by the lower-case key admins, JQL and the REST API see ("x", "mastodon",
 * "phone"). Each channel's package declares its own kind and spec (see {@link ChannelSpec}); only the phone, which the
 * core treats specially (calls join every customer's history, the {@code hasPhoneContact} property), is named here.
 */
public record ChannelKind(String key) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    public static final ChannelKind PHONE = new ChannelKind("phone");

    public ChannelKind {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a channel key is lower-case letters, digits and dashes: " + key);
        }
    }

    /** The kind for a key as typed or stored; empty for anything that cannot be a key. */
    public static Optional<ChannelKind> fromKey(String key) {
        return key != null && KEY.matcher(key).matches() ? Optional.of(new ChannelKind(key)) : Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
