package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.socialdesk.insights.RequestFacts;
import io.socialdesk.insights.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The insights' request rows as the rollup, the response queue and the signals all read and make them: one row per
 * request, found by its issue, read as facts, or made from the request's origin when it came in elsewhere.
 */
final class InsightsRows {
    /** The columns {@link #fact} reads: a query streaming facts must select them. */
    static final String FACT_COLUMNS = "ID, ISSUE_ID, CHANNEL, REQUEST_TYPE_ID, FIRST_CONTACT_AT, "
            + "FIRST_RESPONSE_AT, SLA_RESPONSE_MS, WAITING_SINCE, LAST_CONTACT_AT, CONTACTS, CHANNELS";

    private InsightsRows() {
    }

    static Optional<InsightsRequestEntity> byIssue(ActiveObjects ao, long issueId) {
        InsightsRequestEntity[] found = ao.find(InsightsRequestEntity.class, Query.select()
                .where("ISSUE_ID = ?", issueId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    /** The facts of {@code query}'s rows, read as read-only rows (the query selects {@link #FACT_COLUMNS}). */
    static List<RequestFacts> facts(ActiveObjects ao, Query query) {
        return ColumnReads.list(ao, InsightsRequestEntity.class, query, InsightsRows::fact);
    }

    static RequestFacts fact(InsightsRequestEntity row) {
        return new RequestFacts(row.getIssueId(), row.getChannel(),
                row.getRequestTypeId() == null ? 0 : row.getRequestTypeId(),
                Instant.ofEpochMilli(row.getFirstContactAt()),
                Optional.ofNullable(row.getFirstResponseAt()).map(Instant::ofEpochMilli),
                Optional.ofNullable(row.getSlaResponseMs()).map(Duration::ofMillis),
                Optional.ofNullable(row.getWaitingSince()).map(Instant::ofEpochMilli),
                Instant.ofEpochMilli(row.getLastContactAt()), row.getContacts(), channels(row));
    }

    /** The row's channels, in the order they first appeared (stored comma-separated). */
    static List<String> channels(InsightsRequestEntity row) {
        return row.getChannels().isEmpty() ? List.of() : Arrays.asList(row.getChannels().split(","));
    }

    /**
     * The row of a request the customer raised on the portal, by e-mail, in Jira or through the API: its channel is
     * the one it came in on, and raising it was the customer's first contact.
     */
    static InsightsRequestEntity fromOrigin(ActiveObjects ao, RequestOrigin origin, int serviceDeskId,
                                            long firstContactAt) {
        return ao.create(InsightsRequestEntity.class, new DBParam("ISSUE_ID", origin.issueId()),
                new DBParam("SERVICE_DESK_ID", serviceDeskId), new DBParam("CHANNEL", origin.channel()),
                new DBParam("FIRST_CONTACT_AT", firstContactAt),
                new DBParam("REQUEST_TYPE_ID", origin.requestTypeId()),
                new DBParam("LAST_CONTACT_AT", origin.createdAt().toEpochMilli()), new DBParam("CONTACTS", 1),
                new DBParam("CHANNELS", origin.channel()));
    }
}
