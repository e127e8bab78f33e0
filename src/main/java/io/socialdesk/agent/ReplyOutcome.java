package io.socialdesk.agent;

import java.net.URI;
import java.util.Optional;

/** What became of an agent's reply: sent, refused before sending (and why), or failed at the network. */
public sealed interface ReplyOutcome {
    /** {@code note}: how it went out, where the network needed another way (a template outside the window). */
    record Sent(long replyId, Optional<URI> url, Optional<String> note) implements ReplyOutcome {
    }

    record Rejected(String field, String message) implements ReplyOutcome {
    }

    record Failed(String reason) implements ReplyOutcome {
    }
}
