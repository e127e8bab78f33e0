package io.socialdesk.channel;

/** How a post reached the company: in public (mention, reply) or privately. */
public enum PostKind {
    MENTION,
    DIRECT_MESSAGE
}
