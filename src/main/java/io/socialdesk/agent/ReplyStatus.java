package io.socialdesk.agent;

/** Where an agent's reply stands: recorded before sending, then sent (with the network's id) or failed (with why). */
public enum ReplyStatus {
    SENDING,
    SENT,
    FAILED
}
