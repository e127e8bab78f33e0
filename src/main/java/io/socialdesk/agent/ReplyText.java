package io.socialdesk.agent;

import io.socialdesk.intake.InboundText;
import java.net.URI;
import java.util.Optional;

/** The comments a reply leaves on the request, in Jira wiki markup with the agent's words escaped. */
public final class ReplyText {
    private ReplyText() {
    }

    public static String sent(String channel, String handle, String text, Optional<URI> url) {
        StringBuilder body = new StringBuilder("Replied on ").append(channel).append(" to @")
                .append(InboundText.escape(handle)).append(":\n{quote}\n").append(InboundText.escape(text))
                .append("\n{quote}");
        url.filter(ReplyText::webLink).ifPresent(link -> body.append("\n[View on ").append(channel).append('|')
                .append(InboundText.link(link)).append(']'));
        return body.toString();
    }

    /** How the reply went out, where the network needed another way; empty without a note. */
    public static String note(Optional<String> note) {
        return note.map(n -> "\n" + InboundText.escape(n)).orElse("");
    }

    /** The pictures a reply carried, as links to the request's attachments; empty without any. */
    public static String with(java.util.List<io.socialdesk.channel.ReplyMedia> media) {
        return media.isEmpty() ? "" : "\nWith: " + media.stream().map(m -> "[^" + m.name() + "]")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public static String failed(String channel, String reason, String text) {
        return "Reply on " + channel + " NOT sent: " + InboundText.escape(reason) + "\n{quote}\n"
                + InboundText.escape(text) + "\n{quote}";
    }

    /** What a reader would see of the text: without whitespace and invisible format characters (zero-width ones). */
    public static String visible(String text) {
        return text == null ? "" : text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Only http(s) links go into a comment: a network answering with javascript: must not reach Jira's page. */
    private static boolean webLink(URI url) {
        return ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))
                && url.getHost() != null;
    }
}
