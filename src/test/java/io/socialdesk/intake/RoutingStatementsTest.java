package io.socialdesk.intake;

import static io.socialdesk.intake.IntakeFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.InboundPost;
import io.socialdesk.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What steady intake asks of the database, counted statement by statement (AO's SQL listener): a guard on the cost
 * the benchmarks measure, since a whole-row read or a per-customer query slipped back in would not fail any other
 * test. Counts, not times: they are the same on every machine.
 */
class RoutingStatementsTest {
    private static final int CUSTOMERS = 40;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenFortyCustomersWithOpenRequests_whenAPageWithAPostOfEachIsRecordedAndRouted_thenEachPostCostsTwoStatements(
            TestDatabase db) {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: each customer's first post made their request
            node.receive(page(1));
            node.router().routePending(node.account);
            List<String> statements = new ArrayList<>();
            node.ao.listenToSql(sql -> statements.add(sql.toUpperCase(Locale.ROOT).replace("\"", "")));

            // when
            node.receive(page(2));
            int routed = node.router().routePending(node.account);

            // then: per post its outcome (one update of its row) and the customer's requests; the rest is shared by
            // the page: the requests' activity (count, newest) in one read, the routing and publication marks
            // (inserts: one batch, counted per row by some drivers; deletes: one per mark stage)
            assertThat(routed).isEqualTo(CUSTOMERS);
            List<String> notInserts = statements.stream().filter(sql -> !sql.startsWith("INSERT")).toList();
            assertThat(notInserts).as("statements other than inserts for %d posts", CUSTOMERS)
                    .hasSizeLessThanOrEqualTo(2 * CUSTOMERS + 20);
            assertThat(notInserts.stream().filter(sql -> sql.startsWith("UPDATE"))).hasSize(CUSTOMERS);
            // whole rows (the text column among them) only in the page's shared reads: the pending batch and the
            // rows the outcomes are written to, never once per customer
            assertThat(notInserts.stream().filter(sql -> sql.startsWith("SELECT") && sql.contains("BODY")))
                    .hasSize(2);
        }
    }

    private static InboundPost[] page(int round) {
        InboundPost[] posts = new InboundPost[CUSTOMERS];
        for (int i = 0; i < CUSTOMERS; i++) {
            posts[i] = post(round + "-" + i, String.valueOf(500 + i), "customer" + i, "order late, day " + round,
                    null);
        }
        return posts;
    }
}
