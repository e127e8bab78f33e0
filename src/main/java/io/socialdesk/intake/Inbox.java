package io.socialdesk.intake;

import io.socialdesk.channel.InboundPost;
import java.util.List;
import java.util.Optional;

/**
 * Record-first store (docs/architecture.md, "Intake"): every fetched post becomes a RECEIVED interaction in the same transaction
 * that advances the account's cursor. A crash before the commit loses nothing (the page is fetched again); a crash
 * after it loses nothing either (the posts are stored before anything acts on them).
 */
public interface Inbox {
    RecordResult record(long accountId, List<InboundPost> posts, Optional<String> cursor);
}
