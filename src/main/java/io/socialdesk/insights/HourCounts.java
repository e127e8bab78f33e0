package io.socialdesk.insights;

/**
 * The inbound contacts of a service desk on one channel in one UTC hour (hours since the epoch), with what triage
 * read of them: intents (praise counted apart, as the desk reads it apart) and moods.
 */
public record HourCounts(long hour, String channel, int contacts, int praise, int complaints, int questions,
                         int negative, int positive) {
}
