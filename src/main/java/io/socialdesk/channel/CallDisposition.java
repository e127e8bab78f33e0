package io.socialdesk.channel;

/** How a call ended, as the telephony system reports it. */
public enum CallDisposition {
    ANSWERED,
    MISSED,
    VOICEMAIL,
    BUSY,
    FAILED;

    /** The customer tried and nobody spoke to them: worth a request of its own when the setting says so. */
    public boolean unanswered() {
        return this == MISSED || this == VOICEMAIL;
    }
}
