package io.socialdesk.agent;

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

    void failed(long replyId, String reason);
}
