package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.agent.ReplyStatus;
import io.socialdesk.insights.HourCounts;
import io.socialdesk.insights.InsightsStore;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.RoutingStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * The insights rollup on Active Objects: interactions are read past the mark in id order (the primary key, so the
 * read costs the batch, not the table), counted into their desk's hour rows, and the mark moved, in one transaction.
 */
@Component
public class AoInsights implements InsightsStore {
    private static final long HOUR_MS = 3_600_000L;

    /** A contact still being routed this long after it arrived is stuck (its account off): counted without triage. */
    static final long STUCK_AFTER_MS = HOUR_MS;

    private final ActiveObjects ao;
    private final java.time.Clock clock;

    @Inject
    public AoInsights(@ComponentImport ActiveObjects ao, java.time.Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    private record Key(int desk, long hour, String channel) {
    }

    /** An account's desk and the user it takes contacts in as (its automatic answers are not responses). */
    private record Account(int desk, String intakeUser) {
    }

    @Override
    public int rollUp(int batch, io.socialdesk.insights.RequestOrigins origins) {
        return ao.executeInTransaction(() -> {
            InsightsMarkEntity mark = mark();
            InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select("ID, ACCOUNT_ID, ISSUE_ID, "
                            + "CHANNEL, DIRECTION, STATUS, OCCURRED_AT, RECEIVED_AT, INTENT, MOOD, AGENT_KEY, OUTCOME")
                    .where("ID > ?", mark.getCountedThrough()).order("ID").limit(batch));
            Map<Integer, Account> accounts = new HashMap<>();
            Map<Key, int[]> counts = new LinkedHashMap<>();
            long last = mark.getCountedThrough();
            int taken = 0;
            for (InteractionEntity row : rows) {
                boolean inbound = Direction.INBOUND.name().equals(row.getDirection());
                if (unfinished(row, inbound) && row.getReceivedAt() > clock.millis() - STUCK_AFTER_MS) {
                    break; // triage is written when a contact is routed, a reply's outcome when it is sent
                }
                last = row.getID();
                taken++;
                Account account = accounts.computeIfAbsent(row.getAccountId(), this::accountOf);
                if (account.desk() <= 0) {
                    continue; // the account is gone: nobody reads its desk's insights any more
                }
                if (inbound) {
                    count(counts.computeIfAbsent(new Key(account.desk(), Math.floorDiv(row.getOccurredAt(), HOUR_MS),
                            row.getChannel()), k -> new int[6]), row);
                    if (row.getIssueId() != null) {
                        contact(account, row, origins);
                    }
                } else if (ReplyStatus.SENT.name().equals(row.getStatus()) && row.getIssueId() != null
                        && !account.intakeUser().equals(row.getAgentKey())) {
                    answered(row);
                }
            }
            counts.forEach(this::add);
            mark.setCountedThrough(last);
            mark.save();
            return taken;
        });
    }

    private static boolean unfinished(InteractionEntity row, boolean inbound) {
        return inbound ? RoutingStatus.valueOf(row.getStatus()).pending()
                : ReplyStatus.SENDING.name().equals(row.getStatus());
    }

    private static void count(int[] c, InteractionEntity row) {
        c[0]++;
        c[1] += "PRAISE".equals(row.getIntent()) ? 1 : 0;
        c[2] += "COMPLAINT".equals(row.getIntent()) ? 1 : 0;
        c[3] += "QUESTION".equals(row.getIntent()) ? 1 : 0;
        c[4] += "NEGATIVE".equals(row.getMood()) ? 1 : 0;
        c[5] += "POSITIVE".equals(row.getMood()) ? 1 : 0;
    }

    /**
     * A contact on a request: counted, its channel added, and the request waits from it if it was not waiting. A
     * request seen for the first time is read once: one the customer raised elsewhere (a post matched onto their portal
     * or e-mail request) keeps the channel and creation time it came in with.
     */
    private void contact(Account account, InteractionEntity row, io.socialdesk.insights.RequestOrigins origins) {
        InsightsRequestEntity request = InsightsRows.byIssue(ao, row.getIssueId()).orElseGet(() -> {
            java.util.Optional<io.socialdesk.insights.RequestOrigin> origin = origins.of(row.getIssueId(),
                    account.intakeUser());
            if (origin.filter(o -> !o.raisedBySocialDesk()).isPresent()) {
                return InsightsRows.fromOrigin(ao, origin.get(), account.desk(),
                        Math.min(origin.get().createdAt().toEpochMilli(), row.getOccurredAt()));
            }
            return ao.create(InsightsRequestEntity.class, new DBParam("ISSUE_ID", row.getIssueId()),
                    new DBParam("SERVICE_DESK_ID", account.desk()), new DBParam("CHANNEL", row.getChannel()),
                    new DBParam("FIRST_CONTACT_AT", row.getOccurredAt()),
                    new DBParam("REQUEST_TYPE_ID", origin.map(io.socialdesk.insights.RequestOrigin::requestTypeId)
                            .orElse(null)),
                    new DBParam("LAST_CONTACT_AT", 0L), new DBParam("CONTACTS", 0), new DBParam("CHANNELS", ""));
        });
        if ("REOPENED".equals(row.getOutcome())) {
            // the customer came back to a resolved request: "while open" counts this episode, and a repeat
            // contact in it is signalled again
            request.setContacts(0);
            request.setChannels("");
            request.setRepeatSignaledAt(null);
        }
        request.setContacts(request.getContacts() + 1);
        request.setLastContactAt(Math.max(request.getLastContactAt(), row.getOccurredAt()));
        List<String> channels = new ArrayList<>(InsightsRows.channels(request));
        if (!channels.contains(row.getChannel())) {
            channels.add(row.getChannel());
            request.setChannels(String.join(",", channels));
        }
        if (request.getWaitingSince() == null) {
            request.setWaitingSince(row.getOccurredAt());
        }
        request.save();
    }

    /** An agent's reply in kind on a request: its first response if it had none, and it waits no more. */
    private void answered(InteractionEntity row) {
        InsightsRows.byIssue(ao, row.getIssueId()).ifPresent(request -> {
            if (request.getFirstResponseAt() == null && row.getOccurredAt() >= request.getFirstContactAt()) {
                request.setFirstResponseAt(row.getOccurredAt());
            }
            request.setWaitingSince(null);
            request.save();
        });
    }

    @Override
    public List<HourCounts> hours(int serviceDeskId, long fromHour, long toHour) {
        // read-only rows of the counted columns: a year's view reads some 26,000 of them
        return ColumnReads.list(ao, InsightsHourEntity.class, Query.select("ID, HOUR, CHANNEL, CONTACTS, PRAISE, "
                        + "COMPLAINTS, QUESTIONS, NEGATIVE, POSITIVE")
                        .where("SERVICE_DESK_ID = ? AND HOUR >= ? AND HOUR < ?", serviceDeskId, fromHour, toHour)
                        .order("HOUR, CHANNEL"),
                row -> new HourCounts(row.getHour(), row.getChannel(), row.getContacts(), row.getPraise(),
                        row.getComplaints(), row.getQuestions(), row.getNegative(), row.getPositive()));
    }

    @Override
    public List<io.socialdesk.insights.RequestFacts> firstContacted(int serviceDeskId, java.time.Instant from,
                                                                    java.time.Instant to, int limit) {
        // the newest when there are more: a long range's first responses are those of its latest requests
        return InsightsRows.facts(ao, Query.select(InsightsRows.FACT_COLUMNS)
                .where("SERVICE_DESK_ID = ? AND FIRST_CONTACT_AT >= ? AND FIRST_CONTACT_AT < ?", serviceDeskId,
                        from.toEpochMilli(), to.toEpochMilli()).order("FIRST_CONTACT_AT DESC").limit(limit));
    }

    @Override
    public List<io.socialdesk.insights.RequestFacts> waitingSince(int serviceDeskId, java.time.Instant before,
                                                                  int limit) {
        return InsightsRows.facts(ao, Query.select(InsightsRows.FACT_COLUMNS)
                .where("SERVICE_DESK_ID = ? AND WAITING_SINCE IS NOT NULL AND WAITING_SINCE < ?",
                serviceDeskId, before.toEpochMilli()).order("WAITING_SINCE").limit(limit));
    }

    @Override
    public List<io.socialdesk.insights.RequestFacts> repeated(int serviceDeskId, java.time.Instant since,
                                                              int minContacts, int minChannels, int limit) {
        // channels are counted in Java: a comma-separated list is no number the database could compare
        return InsightsRows.facts(ao, Query.select(InsightsRows.FACT_COLUMNS).where("SERVICE_DESK_ID = ? AND LAST_CONTACT_AT >= ? AND CONTACTS >= ?",
                        serviceDeskId, since.toEpochMilli(), Math.min(minContacts, minChannels))
                .order("CONTACTS DESC").limit(limit * 4)).stream()
                .filter(r -> r.contacts() >= minContacts || r.channels().size() >= minChannels).limit(limit).toList();
    }

    private void add(Key key, int[] c) {
        InsightsHourEntity[] found = ao.find(InsightsHourEntity.class, Query.select()
                .where("SERVICE_DESK_ID = ? AND HOUR = ? AND CHANNEL = ?", key.desk(), key.hour(), key.channel()));
        InsightsHourEntity row = found.length > 0 ? found[0] : ao.create(InsightsHourEntity.class,
                new DBParam("SERVICE_DESK_ID", key.desk()), new DBParam("HOUR", key.hour()),
                new DBParam("CHANNEL", key.channel()));
        row.setContacts(row.getContacts() + c[0]);
        row.setPraise(row.getPraise() + c[1]);
        row.setComplaints(row.getComplaints() + c[2]);
        row.setQuestions(row.getQuestions() + c[3]);
        row.setNegative(row.getNegative() + c[4]);
        row.setPositive(row.getPositive() + c[5]);
        row.save();
    }

    private InsightsMarkEntity mark() {
        InsightsMarkEntity[] marks = ao.find(InsightsMarkEntity.class, Query.select().order("ID").limit(1));
        return marks.length > 0 ? marks[0] : ao.create(InsightsMarkEntity.class,
                new DBParam("COUNTED_THROUGH", 0L));
    }

    private Account accountOf(int accountId) {
        ChannelAccountEntity account = ao.get(ChannelAccountEntity.class, accountId);
        return account == null ? new Account(0, "")
                : new Account(account.getServiceDeskId(), String.valueOf(account.getIntakeUserKey()));
    }
}
