package io.socialdesk.surge;

import static io.socialdesk.intake.IntakeFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.intake.IntakeFixture;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.store.SurgeAnswerEntity;
import io.socialdesk.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "Answer all" started by twenty agents' clicks at once on two nodes: one answer, each post in the incident once in
 * it; every other click hears that an answer is running, with its id.
 */
class IncidentAnswerRaceTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAnIncident_whenTwentyAnswersStartAtOnceOnTwoNodes_thenOneAnswerWithOneReplyPerPost(TestDatabase db)
            throws Exception {
        try (IntakeFixture first = IntakeFixture.on(db); IntakeFixture second = first.secondNode()) {
            // given: five customers' posts, each on its request, all members of the account's incident
            for (int i = 0; i < 5; i++) {
                first.receive(post("50" + i, "7" + i, "customer" + i, "the app crashes on start", null));
            }
            first.router().routePending(first.account);
            SurgeStore surges = first.node.get(SurgeStore.class);
            Surge surge = surges.start(first.account.id(), Instant.now(), 10, 1);
            SimulatedJsm.Request incident = first.jsm.createRequest("Surge on Mastodon", "incident", "socialdesk", 1);
            surges.incident(surge.id(), incident.id());
            List<SurgeMember> members = new ArrayList<>();
            for (InteractionEntity row : first.ao.find(InteractionEntity.class, Query.select())) {
                members.add(new SurgeMember(surge.id(), row.getID(), Optional.of(row.getIssueId()), 0.9, true,
                        Optional.empty()));
            }
            surges.decide(members);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                // when
                List<Future<IncidentActions.Result>> results = new ArrayList<>();
                for (int click = 0; click < 20; click++) {
                    IntakeFixture node = click % 2 == 0 ? first : second;
                    results.add(pool.submit(() -> {
                        go.await();
                        return node.node.get(IncidentActions.class).answer(incident.id(), "We are on it, sorry!",
                                "alice");
                    }));
                }
                go.countDown();
                List<IncidentActions.Result> answers = new ArrayList<>();
                for (Future<IncidentActions.Result> result : results) {
                    answers.add(result.get());
                }

                // then
                assertThat(answers).filteredOn(IncidentActions.Done.class::isInstance).hasSize(1);
                long answerId = answers.stream().filter(IncidentActions.Done.class::isInstance)
                        .map(a -> ((IncidentActions.Done) a).answerId().orElseThrow()).findFirst().orElseThrow();
                assertThat(answers).filteredOn(a -> !(a instanceof IncidentActions.Done)).allSatisfy(a ->
                        assertThat(a).isEqualTo(new IncidentActions.Running(answerId)));
                assertThat(first.ao.find(SurgeAnswerEntity.class, Query.select())).hasSize(1);
                assertThat(first.node.get(AnswerStore.class).sends(answerId)).hasSize(5)
                        .extracting(IncidentSend::interactionId).doesNotHaveDuplicates();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
