package io.socialdesk.insights;

import java.time.Instant;

/** A public comment an agent (not the reporter) made on a request: a response the customer sees. */
public record AgentComment(long issueId, Instant at, String authorKey) {
}
