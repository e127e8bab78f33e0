package io.socialdesk.channel;

/**
 * The post a customer's post answers or quotes — the brand's announcement, another customer's complaint — as the
 * network delivered it with the post: who wrote it and what it said (plain text), so an agent reads the customer's
 * words in their context.
 */
public record PostContext(Relation relation, String authorHandle, String text) {
    /** How the customer's post relates to it. */
    public enum Relation {
        REPLY_TO,
        QUOTE
    }

    /** What the request and the panel show of it at most: a context, not a second copy of a thread. */
    public static final int MAX_TEXT = 500;

    public PostContext {
        authorHandle = authorHandle == null ? "" : authorHandle;
        text = text == null ? "" : text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
