package io.socialdesk.intake;

import io.socialdesk.channel.ChannelKind;
import java.util.Optional;

/** Store port: pushed contacts as interactions, unique per (account, the sender's id), recorded before any routing. */
public interface PushedLog {
    /** The contact as stored: just now, or earlier when the sender delivered the same id again. */
    record Stored(long interactionId, boolean isNew) {
    }

    /** The stored interaction of this id on this account, if it was recorded before. */
    Optional<Long> find(long accountId, String externalId);

    /**
     * Stores the contact once (or finds it stored by an earlier delivery). Empty when the database kept refusing the
     * write as a conflict with concurrent writers (serialization failures, retried a few times): nothing was stored
     * and the sender may deliver it again.
     */
    Optional<Stored> record(long accountId, ChannelKind channel, Pushed pushed);
}
