package io.socialdesk.bench;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.intake.PendingRouter;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoInbox;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import net.java.ao.Query;

/**
 * Gives each customer of a benchmark a history before it is measured: one post per customer routed through the real
 * intake (so the contact, its identity and its first request are what routing made), then {@code perCustomer} earlier
 * interactions of that contact written directly, spread over {@code requestsEach} of its requests (the first one and
 * others raised for the same reporter), then vacuumed and analyzed as a live database's old rows are.
 */
final class CustomerHistories {
    private static final int CHUNK = 10_000;

    private CustomerHistories() {
    }

    static void seed(EntityManagerActiveObjects ao, PluginNode node, SimulatedJsm jsm, ChannelAccount account,
                     int customers, int perCustomer, int requestsEach, LongFunction<InboundPost> post) {
        List<InboundPost> firsts = new ArrayList<>();
        for (long n = 0; n < customers; n++) {
            firsts.add(post.apply(n));
        }
        node.get(AoInbox.class).record(account.id(), firsts, Optional.of("history"));
        PendingRouter router = node.get(PendingRouter.class);
        while (router.routePending(account) > 0) {
            // routed in passes, as the job does
        }
        List<Map<String, Object>> rows = new ArrayList<>(CHUNK);
        long now = System.currentTimeMillis();
        for (InteractionEntity first : ao.find(InteractionEntity.class, Query.select()
                .where("ISSUE_ID IS NOT NULL"))) {
            String reporter = jsm.requestById(first.getIssueId()).orElseThrow().reporterKey();
            List<Long> requests = new ArrayList<>(List.of(first.getIssueId()));
            for (int r = 1; r < requestsEach; r++) {
                requests.add(jsm.createRequest("earlier request " + r, "", reporter, 1).id());
            }
            for (int i = 0; i < perCustomer; i++) {
                rows.add(row(first, requests.get(i % requests.size()), i, now - (long) (perCustomer - i) * 60_000L));
                if (rows.size() == CHUNK) {
                    flush(ao, rows);
                }
            }
        }
        flush(ao, rows);
        // old data, which a database in service has vacuumed and analyzed long ago
        TestDatabase.valueOf(ao.jdbcUrl().startsWith("jdbc:postgresql") ? "POSTGRESQL" : "HSQLDB").vacuum(ao);
    }

    private static Map<String, Object> row(InteractionEntity first, long issueId, int i, long at) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", "history:" + first.getContactId() + ":" + i);
        row.put("ACCOUNT_ID", first.getAccountId());
        row.put("CHANNEL", first.getChannel());
        row.put("EXTERNAL_ID", "h" + first.getContactId() + "-" + i);
        row.put("DIRECTION", i % 5 == 4 ? "OUTBOUND" : "INBOUND");
        row.put("KIND", "MENTION");
        row.put("BODY", "earlier message " + i + " about order #" + (i % 300));
        row.put("AUTHOR_ID", first.getAuthorId());
        row.put("AUTHOR_HANDLE", first.getAuthorHandle());
        row.put("OCCURRED_AT", at);
        row.put("RECEIVED_AT", at);
        row.put("STATUS", i % 5 == 4 ? "SENT" : "ROUTED");
        row.put("OUTCOME", "MERGED");
        row.put("CONTACT_ID", first.getContactId());
        row.put("ISSUE_ID", issueId);
        return row;
    }

    private static void flush(EntityManagerActiveObjects ao, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            ao.executeInTransaction(() -> {
                ao.create(InteractionEntity.class, rows);
                return null;
            });
            rows.clear();
        }
    }
}
