package io.socialdesk.correction;

import static io.socialdesk.intake.IntakeFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.agent.IssueAccess;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.intake.IntakeFixture;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.matching.MatchedBy;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
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
 * Moving a contact exactly once: a crash at each step of a move, finished by the intake job's next run, and two nodes
 * moving the same contact at the same moment, each leave the contact on exactly one request with exactly one comment,
 * the source's comment replaced by a note, the event and the audit entry written.
 */
class ContactMovesTest {
    /** Where a move stops: before each of its writes. */
    enum Crash { TARGET_COMMENT, SOURCE_COMMENT, RECORD, SIGNALS, NONE }

    @ParameterizedTest
    @EnumSource(Crash.class)
    void givenACrashAtEachStepOfAMove_whenTheJobRunsNext_thenTheContactIsOnTheTargetOnceWithItsWordsThereOnly(
            Crash crash) {
        try (IntakeFixture node = IntakeFixture.on(TestDatabase.HSQLDB)) {
            // given: Jane's post made a request, her reply is a comment on it; she also has a portal request
            Given given = given(node);
            ContactMoves moves = crashing(node, crash);

            // when
            ContactMoves.Result result = moves.move(ref(node, given.social), ref(node, given.portal), given.reply,
                    "alice");
            int finished = node.node.get(MoveRecovery.class).resume(node.account);

            // then
            if (crash == Crash.NONE) {
                assertThat(result).isInstanceOf(ContactMoves.Result.Moved.class);
                assertThat(finished).isZero();
            } else {
                assertThat(result).isInstanceOf(ContactMoves.Result.Pending.class);
                assertThat(finished).isEqualTo(1);
            }
            assertMovedOnce(node, given, node);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenTwoNodesMovingTheSameContactAtOnce_whenBothFinish_thenOneMoveAndOneComment(TestDatabase db)
            throws Exception {
        try (IntakeFixture first = IntakeFixture.on(db); IntakeFixture second = first.secondNode()) {
            // given
            Given given = given(first);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // when
                List<Future<ContactMoves.Result>> results = new ArrayList<>();
                for (IntakeFixture node : List.of(first, second)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return node.node.get(ContactMoves.class).move(ref(node, given.social),
                                ref(node, given.portal), given.reply, "alice");
                    }));
                }
                start.countDown();

                // then: one moved it; the other found it there, or the customer busy and left it alone
                List<ContactMoves.Result> answers = new ArrayList<>();
                for (Future<ContactMoves.Result> result : results) {
                    answers.add(result.get());
                }
                assertThat(answers).filteredOn(ContactMoves.Result.Moved.class::isInstance).hasSize(1);
                assertThat(answers).allSatisfy(a -> assertThat(a).isInstanceOfAny(ContactMoves.Result.Moved.class,
                        ContactMoves.Result.AlreadyThere.class, ContactMoves.Result.Busy.class));
                assertMovedOnce(first, given, first, second);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private record Given(SimulatedJsm.Request social, SimulatedJsm.Request portal, long reply) {
    }

    private static Given given(IntakeFixture node) {
        node.receive(post("101", "108", "jane", "my order is late", null),
                post("102", "108", "jane", "still nothing, the order 4711 is missing", "101"));
        node.router().routePending(node.account);
        SimulatedJsm.Request social = node.jsm.requests().get(0);
        assertThat(social.comments()).singleElement().satisfies(c -> assertThat(c.body()).contains("still nothing"));
        SimulatedJsm.Request portal = node.jsm.createRequest("Order 4711 missing", "The parcel never came.",
                "jane@customer.example", 3);
        long reply = node.ao.find(InteractionEntity.class, Query.select().where("EXTERNAL_ID = ?", "102"))[0].getID();
        return new Given(social, portal, reply);
    }

    /** {@code nodes}: whichever of them moved it wrote the audit entry (each node has its own audit log here). */
    private static void assertMovedOnce(IntakeFixture node, Given given, IntakeFixture... nodes) {
        SimulatedJsm.Request social = node.jsm.request(given.social.key()).orElseThrow();
        SimulatedJsm.Request portal = node.jsm.request(given.portal.key()).orElseThrow();
        assertThat(portal.comments()).singleElement().satisfies(c -> {
            assertThat(c.body()).contains("still nothing").contains("moved here from");
            assertThat(c.internal()).isFalse();
            assertThat(c.authorKey()).isEqualTo("socialdesk");
        });
        assertThat(social.comments()).singleElement().satisfies(c -> assertThat(c.body())
                .doesNotContain("still nothing").contains("moved to").contains("Alice Agent"));
        var moved = node.log.reload(given.reply).orElseThrow();
        assertThat(moved.issueId()).contains(portal.id());
        assertThat(moved.placement().by()).contains(MatchedBy.AGENT);
        assertThat(portal.socialDeskEvents()).contains("SocialDesk: contact moved");
        assertThat(portal.properties().get("socialdesk")).contains("\"matchedBy\":\"agent\"");
        assertThat(social.properties().get("socialdesk")).as("the source's property from its remaining post")
                .doesNotContain("\"matchedBy\"");
        assertThat(java.util.Arrays.stream(nodes).flatMap(n -> n.node.host().auditLog().stream()).toList())
                .anySatisfy(event -> {
            assertThat(event.getActionI18nKey()).isEqualTo("socialdesk.audit.contact.moved");
            assertThat(event.getExtraAttributes()).extracting(com.atlassian.audit.entity.AuditAttribute::getValue)
                    .contains(social.key(), portal.key(), "alice");
        });
        assertThat(node.node.get(MoveStore.class).unfinishedFor(given.reply)).isEmpty();
    }

    private static IssueAccess.IssueRef ref(IntakeFixture node, SimulatedJsm.Request request) {
        return node.node.get(IssueAccess.class).byId(request.id()).orElseThrow();
    }

    /** The node's own move components, one of them failing once where {@code crash} says. */
    private static ContactMoves crashing(IntakeFixture node, Crash crash) {
        MoveDesk desk = node.node.get(MoveDesk.class);
        MoveStore store = node.node.get(MoveStore.class);
        MoveDesk failingDesk = new MoveDesk() {
            private boolean failed;

            @Override
            public void commentMoved(long issueId, long moveId, long interactionId, String body, boolean internal,
                                     String actorKey) {
                crash(Crash.TARGET_COMMENT);
                desk.commentMoved(issueId, moveId, interactionId, body, internal, actorKey);
            }

            @Override
            public int replaceComments(long issueId, long interactionId, String note, String actorKey) {
                crash(Crash.SOURCE_COMMENT);
                return desk.replaceComments(issueId, interactionId, note, actorKey);
            }

            @Override
            public void noteMoved(long issueId, long moveId, String note, String actorKey) {
                desk.noteMoved(issueId, moveId, note, actorKey);
            }

            @Override
            public void linkDuplicate(long issueId, long originalIssueId, String actorKey) {
                desk.linkDuplicate(issueId, originalIssueId, actorKey);
            }

            @Override
            public boolean resolve(long issueId, String actorKey) {
                return desk.resolve(issueId, actorKey);
            }

            private void crash(Crash at) {
                if (crash == at && !failed) {
                    failed = true;
                    throw new IllegalStateException("simulated crash before " + at);
                }
            }
        };
        MoveStore failingStore = new FailingStore(store, crash);
        MoveSteps steps = new MoveSteps(node.node.get(InteractionLog.class), failingStore, failingDesk,
                node.node.get(ChannelAccounts.class), node.node.get(MoveTexts.class),
                node.node.get(MoveSignals.class), node.node.get(io.socialdesk.intake.CommentAuthors.class));
        return new ContactMoves(failingStore, node.locks, steps,
                node.node.get(io.socialdesk.intake.AccountVisits.class));
    }

    /** The store, failing once before recording the move (RECORD) or before marking it done (SIGNALS). */
    private static final class FailingStore implements MoveStore {
        private final MoveStore delegate;
        private final Crash crash;
        private boolean failed;

        FailingStore(MoveStore delegate, Crash crash) {
            this.delegate = delegate;
            this.crash = crash;
        }

        private void crash(Crash at) {
            if (crash == at && !failed) {
                failed = true;
                throw new IllegalStateException("simulated crash before " + at);
            }
        }

        @Override
        public Optional<Movable> movable(long interactionId) {
            return delegate.movable(interactionId);
        }

        @Override
        public List<Movable> onRequest(long issueId) {
            return delegate.onRequest(issueId);
        }

        @Override
        public Optional<Long> newestOn(long issueId) {
            return delegate.newestOn(issueId);
        }

        @Override
        public List<Possible> possible(long issueId, int limit) {
            return delegate.possible(issueId, limit);
        }

        @Override
        public Optional<Move> start(long interactionId, long accountId, long contactId, long fromIssueId,
                                    long toIssueId, String agentKey) {
            return delegate.start(interactionId, accountId, contactId, fromIssueId, toIssueId, agentKey);
        }

        @Override
        public void moved(Move move) {
            crash(Crash.RECORD);
            delegate.moved(move);
        }

        @Override
        public void done(Move move) {
            crash(Crash.SIGNALS);
            delegate.done(move);
        }

        @Override
        public List<Move> unfinished(long accountId, int limit) {
            return delegate.unfinished(accountId, limit);
        }

        @Override
        public Optional<Move> unfinishedFor(long interactionId) {
            return delegate.unfinishedFor(interactionId);
        }
    }
}
