package io.socialdesk.agent;

import io.socialdesk.channel.DeliveryReceipt;
import io.socialdesk.channel.SendResult;
import io.socialdesk.intake.Interaction;
import java.net.URI;
import java.util.Optional;

/**
 * Store port: our replies as OUTBOUND interactions. A reply is recorded before it is sent, so a crash between the
 * network's answer and our comment still leaves a trace; once sent it carries the network's id, so the same post
 * coming back in the next poll is a duplicate of it and never a new contact.
 */
public interface ReplyLog {
    long start(ReplyTarget.Target target, long issueId, String agentKey, String text);

    void sent(long replyId, String externalId, Optional<URI> url);

    /** Sent, with what the agent should know of how it went out (shown on the reply in the panel). */
    void sent(long replyId, SendResult.Sent sent);

    /** What a network's delivery report did to the reply it names. */
    enum ReceiptResult {
        /** The reply's delivery state is now the report's (a failure also marks it failed, with why). */
        APPLIED,
        /** The reply is further along already (reports arrive out of order): nothing changed. */
        STALE,
        /** No reply of this account has that id (not ours, or sent before receipts were kept). */
        UNKNOWN
    }

    ReceiptResult receipt(long accountId, DeliveryReceipt receipt);

    void failed(long replyId, String reason);

    /** A post that made a request and has no acknowledgement yet; {@code portalCustomer}: its author has a Jira account. */
    record Unacknowledged(Interaction post, boolean portalCustomer) {
    }

    /** The account's posts that made a request since {@code since} and were not acknowledged, oldest first. */
    java.util.List<Unacknowledged> unacknowledged(long accountId, java.time.Instant since, int limit);

    /**
     * Records the acknowledgement of {@code post} as a reply about to be sent, and marks the post acknowledged, in
     * one transaction; empty if it was acknowledged already (another attempt got there first).
     */
    Optional<Long> startAcknowledgement(ReplyTarget.Target target, long issueId, String text);
}
