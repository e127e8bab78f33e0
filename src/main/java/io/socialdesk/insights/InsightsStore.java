package io.socialdesk.insights;

import java.util.List;

/** Store port: the insights' rollup of interactions into hourly counts, and the counts a page reads. */
public interface InsightsStore {
    /**
     * Counts up to {@code batch} interactions the rollup has not counted yet, in the order they were stored, stopping
     * before one that is still being routed (its triage is not known yet); the counts and the mark of how far it got
     * are written together. A request's first counted contact reads its {@code origins} once: a request the customer
     * raised on the portal or by e-mail keeps that channel and its creation as its first contact. Answers how many
     * were taken (0: caught up).
     */
    int rollUp(int batch, RequestOrigins origins);

    /** The desk's counts for the hours {@code fromHour} (inclusive) to {@code toHour} (exclusive), oldest first. */
    List<HourCounts> hours(int serviceDeskId, long fromHour, long toHour);

    /** The desk's requests first contacted in {@code from} to {@code to}, at most {@code limit}, newest first. */
    List<RequestFacts> firstContacted(int serviceDeskId, java.time.Instant from, java.time.Instant to, int limit);

    /** The desk's requests waiting since before {@code before}, longest waiting first, at most {@code limit}. */
    List<RequestFacts> waitingSince(int serviceDeskId, java.time.Instant before, int limit);

    /**
     * The desk's requests contacted since {@code since} with at least {@code minContacts} contacts or
     * {@code minChannels} channels, most contacts first, at most {@code limit}.
     */
    List<RequestFacts> repeated(int serviceDeskId, java.time.Instant since, int minContacts, int minChannels,
                                int limit);
}
