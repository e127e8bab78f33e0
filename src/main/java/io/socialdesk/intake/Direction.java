package io.socialdesk.intake;

/** Whether an interaction came from the customer (a post, a call to us) or went to them (our reply, our call). */
public enum Direction {
    INBOUND,
    OUTBOUND
}
