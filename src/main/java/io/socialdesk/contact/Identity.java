package io.socialdesk.contact;

import io.socialdesk.channel.ChannelKind;

/** One account of a contact on one network, or their phone number (E.164) for {@link IdentityRef#NUMBERS}. */
public record Identity(long id, ChannelKind kind, String externalUserId, String handle, String displayName) {
    /** A phone number, not a handle: two numbers one digit apart are two people. */
    public boolean isNumber() {
        return kind.equals(IdentityRef.NUMBERS);
    }
}
