package io.socialdesk.intake;

import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of requests and comments for inbound posts: who wrote it, where, when, the words, and a link to the
 * original. Everything from the network is escaped for Jira wiki markup, so a post cannot format, link or mention.
 */
public final class InboundText {
    private static final Pattern WIKI_SPECIAL = Pattern.compile("[-#*_+?^~|%{}\\[\\]()!@\\\\]");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int SUMMARY_WORDS = 80;

    private InboundText() {
    }

    public static String summary(ChannelKind channel, InboundPost post) {
        String words = post.text().replaceAll("\\s+", " ").strip();
        if (words.codePointCount(0, words.length()) > SUMMARY_WORDS) {
            words = words.substring(0, words.offsetByCodePoints(0, SUMMARY_WORDS - 1)) + "…";
        }
        String who = post.author().handle().isBlank() ? "unknown author" : "@" + post.author().handle();
        return channelName(channel) + " " + who + ": " + words;
    }

    public static String body(ChannelKind channel, InboundPost post) {
        String name = post.author().displayName().isBlank() ? post.author().handle() : post.author().displayName();
        StringBuilder body = new StringBuilder();
        body.append('*').append(escape(name.isBlank() ? "Unknown author" : name)).append('*');
        if (!post.author().handle().isBlank()) {
            body.append(" (").append(escape("@" + post.author().handle())).append(')');
        }
        body.append(post.kind() == PostKind.DIRECT_MESSAGE ? " wrote privately on " : " wrote on ")
                .append(channelName(channel)).append(", ").append(WHEN.format(post.occurredAt())).append(":\n\n")
                .append(quote(post.text()));
        post.url().ifPresent(url -> body.append("\n\n[View the original on ").append(channelName(channel))
                .append('|').append(url.toASCIIString().replace("|", "%7C").replace("]", "%5D")).append(']'));
        return body.toString();
    }

    public static String escape(String text) {
        return WIKI_SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    private static String quote(String text) {
        return "{quote}\n" + escape(text) + "\n{quote}";
    }

    private static String channelName(ChannelKind channel) {
        return switch (channel) {
            case X -> "X";
            case MASTODON -> "Mastodon";
            case BLUESKY -> "Bluesky";
            case PHONE -> "the phone";
        };
    }
}
