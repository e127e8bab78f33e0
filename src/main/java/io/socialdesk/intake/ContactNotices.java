package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;

/**
 * Notices a routed interaction owes outside Jira, sent by the intake job, never by the thread that received the
 * contact (a telephony system's request must not wait on another server): today, a call that landed on no request,
 * for the line's Automation incoming webhook.
 */
public interface ContactNotices {
    /** Whether this routed interaction still owes a notice; publication leaves it queued for {@link #sendOwed}. */
    boolean owed(ChannelAccount account, Interaction interaction);

    /** Sends what the account owes, each with a bounded number of attempts across runs. */
    void sendOwed(ChannelAccount account);
}
