package io.socialdesk.intake;

import io.socialdesk.channel.CallDisposition;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of requests and comments for inbound contacts, in Jira wiki markup: who wrote or called, where, when, the
 * words (or what the call was), and a link to the original or the recording. Everything from outside is escaped, so
 * a post cannot format, link or mention.
 */
public final class InboundText {
    /** The characters {@link #escape} puts a backslash before: every one that starts wiki markup. */
    public static final String WIKI_SPECIALS = "-#*_+?^~|%{}[]()!@\\";
    private static final Pattern WIKI_SPECIAL = Pattern.compile(characterClass(WIKI_SPECIALS));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int SUMMARY_CHARACTERS = 80;
    /** JSM refuses a summary of 255 characters or more. */
    private static final int SUMMARY_LIMIT = 254;

    private InboundText() {
    }

    /** {@code channel}: the channel's label, as its spec names it ("X", "Mastodon"). */
    public static String summary(String channel, Interaction interaction) {
        InboundPost post = interaction.post();
        if (post.kind() == PostKind.CALL) {
            String who = post.author().displayName().isBlank() ? post.author().handle()
                    : shorten(post.author().displayName(), SUMMARY_CHARACTERS) + " (" + post.author().handle() + ")";
            boolean voicemail = interaction.disposition().filter(CallDisposition.VOICEMAIL::equals).isPresent();
            return shorten((voicemail ? "Voicemail from " : "Missed call from ") + who, SUMMARY_LIMIT);
        }
        String words = shorten(post.text().replaceAll("\\s+", " ").strip(), SUMMARY_CHARACTERS);
        if (words.isEmpty() && !post.media().isEmpty()) {
            // a photo without words: the summary says what it is, so the queue shows more than a name
            words = "(" + post.media().get(0).kind().name().toLowerCase(Locale.ROOT) + ")";
        }
        String who = post.author().handle().isBlank() ? "unknown author" : "@" + post.author().handle();
        return shorten(channel + " " + who + ": " + words, SUMMARY_LIMIT);
    }

    /** At most {@code max} characters (UTF-16 units, as JSM counts), cut between code points, "…" marking the cut. */
    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    public static String body(String channel, Interaction interaction) {
        return body(channel, interaction, io.socialdesk.media.MediaPlan.links(interaction.post().media()));
    }

    /** The text with the post's media as {@code media} attaches them: thumbnails of attached pictures, else links. */
    public static String body(String channel, Interaction interaction, io.socialdesk.media.MediaPlan media) {
        InboundPost post = interaction.post();
        if (post.kind() == PostKind.CALL) {
            StringBuilder note = new StringBuilder("*Phone:* ").append(escape(post.text())).append(" (")
                    .append(WHEN.format(post.occurredAt())).append(')');
            post.url().ifPresent(url -> note.append("\n[Recording|").append(link(url)).append(']'));
            return note.toString();
        }
        String name = post.author().displayName().isBlank() ? post.author().handle() : post.author().displayName();
        StringBuilder body = new StringBuilder();
        body.append('*').append(escape(name.isBlank() ? "Unknown author" : name)).append('*');
        if (!post.author().handle().isBlank()) {
            body.append(" (").append(escape("@" + post.author().handle())).append(')');
        }
        body.append(post.kind() == PostKind.DIRECT_MESSAGE ? " wrote privately on "
                        : post.kind() == PostKind.FOLLOWERS_ONLY ? " wrote to their followers on " : " wrote on ")
                .append(channel).append(", ").append(WHEN.format(post.occurredAt())).append(":\n\n")
                .append(context(post.context()))
                .append("{quote}\n").append(escape(post.text())).append("\n{quote}");
        body.append(attached(media));
        post.url().ifPresent(url -> body.append("\n\n[View the original on ").append(channel).append('|')
                .append(link(url)).append(']'));
        return body.toString();
    }

    /** The post the customer answered or quoted, in a line above their words; empty without one. */
    static String context(java.util.Optional<io.socialdesk.channel.PostContext> context) {
        return context.map(c -> "_" + (c.relation() == io.socialdesk.channel.PostContext.Relation.QUOTE ? "Quoting"
                : "In reply to") + (c.authorHandle().isBlank() ? "" : " " + escape("@" + c.authorHandle())) + ":_ "
                + escape(c.text().replaceAll("\\s+", " ").strip()) + "\n\n").orElse("");
    }

    /**
     * What the customer attached, one item a line: an attached picture as Jira's thumbnail, an attached video or sound
     * as a link to the attachment, each with a link to the original ("Image 1", "Video 2"), the author's description,
     * and why it is only a link when it is; empty without media.
     */
    static String attached(io.socialdesk.media.MediaPlan media) {
        if (media.items().isEmpty()) {
            return "";
        }
        StringBuilder lines = new StringBuilder("\n\nAttached:");
        for (io.socialdesk.media.MediaPlan.Item item : media.items()) {
            lines.append('\n');
            item.file().ifPresent(file -> lines.append(item.image() ? "!" + file.name() + "|thumbnail! "
                    : "[^" + file.name() + "] "));
            item.preview().ifPresent(file -> lines.append('!').append(file.name()).append("|thumbnail! "));
            String kind = item.media().kind().name().charAt(0)
                    + item.media().kind().name().substring(1).toLowerCase(Locale.ROOT);
            lines.append('[').append(kind).append(' ').append(item.number()).append('|')
                    .append(link(item.media().url())).append(']');
            if (!item.media().altText().isBlank()) {
                lines.append(" — ").append(escape(item.media().altText().replaceAll("\\s+", " ")));
            }
            if (!item.note().isBlank()) {
                lines.append(" (").append(escape(item.note())).append(')');
            }
        }
        return lines.toString();
    }

    /**
     * The line that says why SocialDesk put a contact where it is ("the post names CS-1", "possibly the same as CS-1"),
     * under the contact's words, for whoever reads the request in Jira; empty when there is nothing to say.
     */
    public static String placed(String reason) {
        return reason == null || reason.isBlank() ? "" : "\n\n_SocialDesk: " + escape(reason) + "_";
    }

    /** A regex class of exactly these characters, each escaped, so none can act as a range or a negation. */
    public static String characterClass(String characters) {
        StringBuilder regex = new StringBuilder("[");
        characters.chars().forEach(c -> regex.append('\\').append((char) c));
        return regex.append(']').toString();
    }

    public static String escape(String text) {
        return WIKI_SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    /** A URL inside [text|url]: its separators would end the link early. */
    public static String link(URI url) {
        return url.toASCIIString().replace("|", "%7C").replace("]", "%5D");
    }
}
