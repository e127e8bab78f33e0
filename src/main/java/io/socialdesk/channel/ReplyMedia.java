package io.socialdesk.channel;

/**
 * A picture an agent sends with a reply: one of the request's attachments, its type as Jira stored it (read from its
 * bytes when SocialDesk attached it), and a description for people who cannot see it (may be empty).
 */
public record ReplyMedia(String name, String type, byte[] bytes, String description) {
    public ReplyMedia {
        bytes = bytes.clone();
        description = description == null ? "" : description.strip();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
