package io.socialdesk.contact;

import io.socialdesk.channel.ChannelKind;

/** One account of a contact on one network, or their phone number (E.164) for {@link ChannelKind#PHONE}. */
public record Identity(long id, ChannelKind kind, String externalUserId, String handle, String displayName) {
}
