package io.socialdesk.channel;

import java.time.Duration;

/**
 * How many personal replies of one incident answer an account may post per period, well inside the network's own
 * posting limit so agents' single replies still have room, and whether the network honours an idempotency key (a
 * reply whose send a crash interrupted can then be sent again with the same key instead of being left in doubt).
 */
public record BulkReplies(int replies, Duration per, boolean idempotent) {
    /** Channels without written replies (calls). */
    public static final BulkReplies NONE = new BulkReplies(0, Duration.ofHours(1), false);

    public boolean allowed() {
        return replies > 0;
    }
}
