package io.socialdesk.channel;

/** How a contact reached the company: in public (mention, reply), privately, or by phone. */
public enum PostKind {
    MENTION,
    DIRECT_MESSAGE,
    /** Pushed by the telephony system, never read by a driver. */
    CALL
}
