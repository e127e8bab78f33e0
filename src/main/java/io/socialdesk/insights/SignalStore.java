package io.socialdesk.insights;

import java.time.Instant;
import java.util.List;

/** Store port: which requests the insights' Automation signals are due for, and noting them as signalled. */
public interface SignalStore {
    enum Signal {
        WAITING,
        REPEAT
    }

    /** Requests of any desk waiting since before {@code before} whose current wait was not signalled yet. */
    List<RequestFacts> unsignalledWaits(Instant before, int limit);

    /** Requests of any desk at {@code minContacts} contacts or {@code minChannels} channels, not signalled yet. */
    List<RequestFacts> unsignalledRepeats(int minContacts, int minChannels, int limit);

    /** Notes that {@code kind} was signalled for the request at {@code at}. */
    void signalled(long issueId, Signal kind, Instant at);
}
