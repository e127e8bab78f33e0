package io.socialdesk.intake;

import java.util.Optional;
import java.util.Set;

/**
 * What the customer receives besides the desk's own notifications. {@code repliesInPortal}: the service desks where an
 * agent's reply in kind is also a public comment (the customer sees it in the portal and JSM e-mails it to them);
 * elsewhere it reaches them once, on their channel, and the request keeps it as an internal note.
 * {@code acknowledgement}: the text sent in kind once when a request is created for a post, {@code [key]} standing for
 * the request's key; empty sends none. {@code followersOnlyDirect}: answer followers-only posts by direct message. {@code mediaMegabytes}: the largest
 * photo or video attached to the request (Jira's own attachment limit applies too); larger ones are linked, 0 links
 * them all.
 */
public record DeliverySettings(Set<Integer> repliesInPortal, String acknowledgement, boolean followersOnlyDirect,
                               int mediaMegabytes) {
    public static final int MAX_ACKNOWLEDGEMENT = 200;
    public static final String KEY = "[key]";
    public static final int DEFAULT_MEDIA_MEGABYTES = 10;
    public static final int MAX_MEDIA_MEGABYTES = 100;

    public DeliverySettings {
        repliesInPortal = Set.copyOf(repliesInPortal);
    }

    /** Media up to the default size attached. */
    public DeliverySettings(Set<Integer> repliesInPortal, String acknowledgement, boolean followersOnlyDirect) {
        this(repliesInPortal, acknowledgement, followersOnlyDirect, DEFAULT_MEDIA_MEGABYTES);
    }

    public long mediaBytes() {
        return mediaMegabytes * 1024L * 1024L;
    }

    /** Followers-only posts answered followers-only. */
    public DeliverySettings(Set<Integer> repliesInPortal, String acknowledgement) {
        this(repliesInPortal, acknowledgement, false);
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(Set.of(), "");
    }

    /**
     * How to answer a post: never more publicly than it was written. A followers-only post is answered
     * followers-only, or as a direct message when the admin prefers ({@code followersOnlyDirect}).
     */
    public io.socialdesk.channel.PostKind replyKind(io.socialdesk.channel.PostKind answered) {
        return answered == io.socialdesk.channel.PostKind.FOLLOWERS_ONLY && followersOnlyDirect
                ? io.socialdesk.channel.PostKind.DIRECT_MESSAGE : answered;
    }

    public boolean alsoInPortal(int serviceDeskId) {
        return repliesInPortal.contains(serviceDeskId);
    }

    public Optional<String> acknowledgementFor(String requestKey) {
        return acknowledgement.isBlank() ? Optional.empty()
                : Optional.of(acknowledgement.strip().replace(KEY, requestKey));
    }
}
