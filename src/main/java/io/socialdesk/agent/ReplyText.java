package io.socialdesk.agent;

import io.socialdesk.channel.ChannelKind;
import io.socialdesk.intake.InboundText;
import java.net.URI;
import java.util.Optional;

/** The comments a reply leaves on the request, in Jira wiki markup with the agent's words escaped. */
final class ReplyText {
    private ReplyText() {
    }

    static String sent(ChannelKind channel, String handle, String text, Optional<URI> url) {
        StringBuilder body = new StringBuilder("Replied on ").append(name(channel)).append(" to @")
                .append(InboundText.escape(handle)).append(":\n{quote}\n").append(InboundText.escape(text))
                .append("\n{quote}");
        url.ifPresent(link -> body.append("\n[View on ").append(name(channel)).append('|')
                .append(link.toASCIIString().replace("|", "%7C").replace("]", "%5D")).append(']'));
        return body.toString();
    }

    static String failed(ChannelKind channel, String reason, String text) {
        return "Reply on " + name(channel) + " NOT sent: " + InboundText.escape(reason) + "\n{quote}\n"
                + InboundText.escape(text) + "\n{quote}";
    }

    static String name(ChannelKind channel) {
        return switch (channel) {
            case X -> "X";
            case MASTODON -> "Mastodon";
            case BLUESKY -> "Bluesky";
            case PHONE -> "phone";
        };
    }
}
