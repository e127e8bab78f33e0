package io.socialdesk.contact;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;

/**
 * Who an external user id is, unambiguously: on a network with global ids the kind and id are enough; on one whose
 * ids are per server (Mastodon) the server's host is part of it, so account 109 on one instance is never taken for
 * account 109 on another. {@link #key()} is the unique identity key in the store.
 */
public record IdentityRef(ChannelKind kind, String instance, String externalUserId) {
    public IdentityRef {
        instance = instance == null ? "" : instance;
    }

    /**
     * The kind of every phone number identity, whichever channel it came by (a call, a WhatsApp message): the number
     * is the person, so both channels find one contact.
     */
    public static final ChannelKind NUMBERS = ChannelKind.PHONE;

    public static IdentityRef of(ChannelSpec spec, ChannelAccount account, String externalUserId) {
        return switch (spec.identityScope()) {
            case GLOBAL -> global(spec.kind(), externalUserId);
            case INSTANCE -> new IdentityRef(spec.kind(), account.instance(), externalUserId);
            case PHONE_NUMBER -> number(externalUserId);
        };
    }

    /** {@code e164}: a phone number as {@code +<country><number>}. */
    public static IdentityRef number(String e164) {
        return global(NUMBERS, e164);
    }

    public static IdentityRef global(ChannelKind kind, String externalUserId) {
        return new IdentityRef(kind, "", externalUserId);
    }

    public String key() {
        return instance.isEmpty() ? kind.key() + ":" + externalUserId
                : kind.key() + ":" + instance + ":" + externalUserId;
    }
}
