package io.socialdesk.channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The networks SocialDesk talks to. The lower-case key is what admins, JQL and the REST API see. */
public enum ChannelKind {
    X,
    MASTODON,
    BLUESKY,
    PHONE;

    /** Contacts of this kind are pushed to SocialDesk (webhooks), not polled by a driver. */
    public boolean pushed() {
        return this == PHONE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }
}
