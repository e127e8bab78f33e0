package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.insights.HourCounts;
import io.socialdesk.insights.InsightsStore;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.RoutingStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
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

    @Override
    public int rollUp(int batch) {
        return ao.executeInTransaction(() -> {
            InsightsMarkEntity mark = mark();
            InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select(
                            "ID, ACCOUNT_ID, CHANNEL, DIRECTION, STATUS, OCCURRED_AT, RECEIVED_AT, INTENT, MOOD")
                    .where("ID > ?", mark.getCountedThrough()).order("ID").limit(batch));
            Map<Integer, Integer> desks = new HashMap<>();
            Map<Key, int[]> counts = new LinkedHashMap<>();
            long last = mark.getCountedThrough();
            int taken = 0;
            for (InteractionEntity row : rows) {
                if (RoutingStatus.valueOf(row.getStatus()).pending()
                        && row.getReceivedAt() > clock.millis() - STUCK_AFTER_MS) {
                    break; // its triage is written when it is routed: count it then, in order
                }
                last = row.getID();
                taken++;
                if (!Direction.INBOUND.name().equals(row.getDirection())) {
                    continue;
                }
                int desk = desks.computeIfAbsent(row.getAccountId(), this::deskOf);
                if (desk <= 0) {
                    continue; // the account is gone: nobody reads its desk's insights any more
                }
                int[] c = counts.computeIfAbsent(new Key(desk, Math.floorDiv(row.getOccurredAt(), HOUR_MS),
                        row.getChannel()), k -> new int[6]);
                c[0]++;
                c[1] += "PRAISE".equals(row.getIntent()) ? 1 : 0;
                c[2] += "COMPLAINT".equals(row.getIntent()) ? 1 : 0;
                c[3] += "QUESTION".equals(row.getIntent()) ? 1 : 0;
                c[4] += "NEGATIVE".equals(row.getMood()) ? 1 : 0;
                c[5] += "POSITIVE".equals(row.getMood()) ? 1 : 0;
            }
            counts.forEach(this::add);
            mark.setCountedThrough(last);
            mark.save();
            return taken;
        });
    }

    @Override
    public List<HourCounts> hours(int serviceDeskId, long fromHour, long toHour) {
        List<HourCounts> hours = new ArrayList<>();
        Arrays.stream(ao.find(InsightsHourEntity.class, Query.select()
                        .where("SERVICE_DESK_ID = ? AND HOUR >= ? AND HOUR < ?", serviceDeskId, fromHour, toHour)
                        .order("HOUR, CHANNEL")))
                .forEach(row -> hours.add(new HourCounts(row.getHour(), row.getChannel(), row.getContacts(),
                        row.getPraise(), row.getComplaints(), row.getQuestions(), row.getNegative(),
                        row.getPositive())));
        return hours;
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

    private int deskOf(int accountId) {
        ChannelAccountEntity account = ao.get(ChannelAccountEntity.class, accountId);
        return account == null ? 0 : account.getServiceDeskId();
    }
}
