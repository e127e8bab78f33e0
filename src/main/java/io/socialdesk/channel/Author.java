package io.socialdesk.channel;

import java.util.Optional;
import java.util.OptionalLong;

/** Who wrote a post, as the network showed them at that moment (a snapshot: handles and names change). */
public record Author(String externalUserId, String handle, String displayName, OptionalLong followers,
                     Optional<String> profileUrl) {

    /** The network no longer knows the account (deleted or suspended); the post is still the customer's contact. */
    public static Author unknown(String externalUserId) {
        return new Author(externalUserId, "", "", OptionalLong.empty(), Optional.empty());
    }
}
