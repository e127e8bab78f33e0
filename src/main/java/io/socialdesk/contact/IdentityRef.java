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

    public static IdentityRef of(ChannelSpec spec, ChannelAccount account, String externalUserId) {
        return new IdentityRef(spec.kind(), spec.identityScope() == ChannelSpec.IdentityScope.INSTANCE
                ? account.instance() : "", externalUserId);
    }

    public static IdentityRef global(ChannelKind kind, String externalUserId) {
        return new IdentityRef(kind, "", externalUserId);
    }

    public String key() {
        return instance.isEmpty() ? kind.key() + ":" + externalUserId
                : kind.key() + ":" + instance + ":" + externalUserId;
    }
}
