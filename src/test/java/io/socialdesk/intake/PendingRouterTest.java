package io.socialdesk.intake;

import static io.socialdesk.intake.IntakeFixture.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialdesk.channel.InboundPost;
import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PendingRouterTest {
    private IntakeFixture node = IntakeFixture.on(TestDatabase.HSQLDB);

    @AfterEach
    void close() {
        node.close();
    }

    @Test
    void givenANewPost_whenRouted_thenARequestIsRaisedByTheIntakeUserWithTheEscapedPostAndItsLink() {
        // given
        node.receive(post("101", "108", "jane", "my order [4711] is *late*", null));

        // when
        int routed = node.router().routePending(node.account);

        // then
        assertThat(routed).isEqualTo(1);
        SimulatedJsm.Request request = only(node.jsm.requests());
        assertThat(request.summary()).isEqualTo("Mastodon @jane: my order [4711] is *late*");
        assertThat(request.reporterKey()).isEqualTo("socialdesk");
        assertThat(request.description()).contains("*Jane* (\\@jane) wrote on Mastodon, 2026-11-22 10:00 UTC:")
                .contains("my order \\[4711\\] is \\*late\\*")
                .contains("[View the original on Mastodon|https://mastodon.example/@jane/101]");
        assertThat(request.properties()).as("the retry marker JsmRequestDesk sets")
                .containsKey("io.socialdesk.request." + interactionIds().get(0));
        assertThat(statuses()).containsExactly("ROUTED");
    }

    @Test
    void givenFortyCustomersInOnePoll_whenRouted_thenTheirStatusChangesAreWrittenOncePerStepNotOncePerCustomer() {
        // given: the steady case of a busy account, one post from each of 40 customers
        InboundPost[] posts = new InboundPost[40];
        for (int i = 0; i < posts.length; i++) {
            posts[i] = post(String.valueOf(1000 + i), String.valueOf(500 + i), "customer" + i, "order late " + i, null);
        }
        node.receive(posts);
        java.util.Map<String, Integer> writes = new java.util.TreeMap<>();
        InteractionLog counting = (InteractionLog) java.lang.reflect.Proxy.newProxyInstance(
                InteractionLog.class.getClassLoader(), new Class<?>[] {InteractionLog.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("mark")) {
                        writes.merge(method.getName(), 1, Integer::sum);
                    }
                    try {
                        return method.invoke(node.log, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        // when
        int routed = node.router(node.desk, counting).routePending(node.account);

        // then: 40 requests, and ROUTING, done and published each written in one transaction for all of them
        assertThat(routed).isEqualTo(40);
        assertThat(node.jsm.requests()).hasSize(40);
        assertThat(writes).containsExactly(java.util.Map.entry("markDone", 1), java.util.Map.entry("markPublished", 1),
                java.util.Map.entry("markRouting", 1));
        assertThat(statuses()).hasSize(40).containsOnly("ROUTED");
        assertThat(node.jsm.requests().get(39).description()).as("routed oldest first").contains("order late 0");
    }

    @Test
    void givenAPostItsThreadReplyAndAnotherPostInOnePoll_whenRouted_thenEachFiresTheEventOfItsOwnRoutingDecision() {
        // given: all three recorded by the same poll, so all are routed (and published) in one run
        node.receive(post("101", "108", "jane", "my order is late", null),
                post("102", "108", "jane", "hello? anyone?", "101"),
                post("103", "108", "jane", "and where exactly is my order now?", null));

        // when
        node.router().routePending(node.account);

        // then: the request's own first post created it; the reply continued it; the new post was merged
        assertThat(only(node.jsm.requests()).socialDeskEvents()).containsExactly("SocialDesk: request created",
                "SocialDesk: contact received", "SocialDesk: contact merged");
    }

    @Test
    void givenAReplyToARoutedPost_whenRouted_thenItIsAPublicCommentOnTheSameRequest() {
        // given
        node.receive(post("101", "108", "jane", "my order is late", null));
        node.router().routePending(node.account);
        node.clock.advance(Duration.ofDays(5)); // beyond the merge window: only the thread can join them
        node.receive(post("102", "108", "jane", "still nothing", "101"));

        // when
        node.router().routePending(node.account);

        // then
        SimulatedJsm.Request request = only(node.jsm.requests());
        assertThat(request.comments()).singleElement().satisfies(c -> {
            assertThat(c.internal()).isFalse();
            assertThat(c.body()).contains("still nothing");
        });
    }

    @Test
    void givenTheSameCustomerPostingAgain_whenWithinAndBeyondTheMergeWindow_thenMergedThenANewRequest() {
        // given
        node.receive(post("101", "108", "jane", "order late", null));
        node.router().routePending(node.account);

        // when: 71 hours later, a new post (not a reply) from the same person
        node.clock.advance(Duration.ofHours(71));
        node.receive(post("102", "108", "jane", "hello again?", null));
        node.router().routePending(node.account);

        // then
        assertThat(node.jsm.requests()).hasSize(1);

        // when: 73 hours after that
        node.clock.advance(Duration.ofHours(73));
        node.receive(post("103", "108", "jane", "a different question", null));
        node.router().routePending(node.account);

        // then
        assertThat(node.jsm.requests()).hasSize(2);
    }

    @Test
    void givenAThreadWhoseRequestWasResolved_whenTheCustomerReplies_thenReopenedWithinSevenDaysElseLinkedAnew() {
        // given
        node.receive(post("101", "108", "jane", "order late", null));
        node.router().routePending(node.account);
        SimulatedJsm.Request first = only(node.jsm.requests());
        node.jsm.transition(first.key(), "Resolved", true);

        // when: the customer replies three days later
        node.clock.advance(Duration.ofDays(3));
        node.receive(post("102", "108", "jane", "it broke again", "101"));
        node.router().routePending(node.account);

        // then
        assertThat(node.jsm.request(first.key()).orElseThrow().status()).isEqualTo("Waiting for support");
        assertThat(node.jsm.requests()).hasSize(1);

        // when: resolved again, and a reply comes ten days later
        node.jsm.transition(first.key(), "Resolved", true);
        node.clock.advance(Duration.ofDays(10));
        node.receive(post("103", "108", "jane", "and again", "102"));
        node.router().routePending(node.account);

        // then
        assertThat(node.jsm.requests()).hasSize(2);
        assertThat(node.jsm.requests().get(0).links()).containsExactly(first.key());
    }

    @Test
    void givenTheAccountsOwnPost_whenRouted_thenItIsSkippedAndNeverARequest() {
        // given: user id 1 is the account itself
        node.receive(post("101", "1", "acme", "@jane sorry about that, DM us", null));

        // when
        node.router().routePending(node.account);

        // then
        assertThat(node.jsm.requests()).isEmpty();
        assertThat(node.ao.find(InteractionEntity.class, Query.select())).singleElement()
                .satisfies(i -> assertThat(i.getSkipReason()).isEqualTo("own post"));
    }

    @Test
    void givenACrashAfterTheRequestWasCreated_whenRoutingRunsAgain_thenTheSameRequestIsUsedNotASecond() {
        // given: the node dies between creating the request and marking the interaction ROUTED
        node.receive(post("101", "108", "jane", "order late", null));
        InteractionLog dying = new FailingOnce(node.log, "markDone");
        assertThatThrownBy(() -> node.router(node.desk, dying).routePending(node.account))
                .hasMessageContaining("crash");
        assertThat(node.jsm.requests()).hasSize(1);
        assertThat(statuses()).containsExactly("ROUTING");

        // when
        node.router().routePending(node.account);

        // then
        assertThat(node.jsm.requests()).hasSize(1);
        assertThat(statuses()).containsExactly("ROUTED");
    }

    @Test
    void givenACrashAfterTheCommentWasAdded_whenRoutingRunsAgain_thenTheCommentIsNotRepeated() {
        // given
        node.receive(post("101", "108", "jane", "order late", null));
        node.router().routePending(node.account);
        node.receive(post("102", "108", "jane", "any news?", "101"));
        InteractionLog dying = new FailingOnce(node.log, "markDone");
        assertThatThrownBy(() -> node.router(node.desk, dying).routePending(node.account))
                .hasMessageContaining("crash");

        // when
        node.router().routePending(node.account);

        // then
        assertThat(only(node.jsm.requests()).comments()).hasSize(1);
        assertThat(statuses()).containsExactly("ROUTED", "ROUTED");
    }

    @Test
    void givenACrashInTheMiddleOfACustomersPass_whenRoutingRunsAgain_thenOneRequestEachCommentOnceAndTheFirstPublished() {
        // given: three posts of one customer routed in one pass; the node dies right after the second one's comment
        node.receive(post("101", "108", "jane", "order late", null),
                post("102", "108", "jane", "any news?", null),
                post("103", "108", "jane", "hello??", null));
        RequestDesk dying = new DeskDyingAfterFirstComment(node.desk);
        assertThatThrownBy(() -> node.router(dying, node.log).routePending(node.account))
                .hasMessageContaining("died");
        assertThat(statuses()).containsExactly("ROUTED", "ROUTING", "ROUTING");
        assertThat(node.log.unpublished(node.account.id(), 100))
                .as("what was routed before the crash is published").isEmpty();

        // when
        node.router().routePending(node.account);

        // then
        assertThat(only(node.jsm.requests()).comments()).extracting(SimulatedJsm.Comment::body)
                .hasSize(2).anySatisfy(body -> assertThat(body).contains("any news"))
                .anySatisfy(body -> assertThat(body).contains("hello"));
        assertThat(statuses()).containsExactly("ROUTED", "ROUTED", "ROUTED");
    }

    @Test
    void givenACrashBeforeJsmWasReached_whenRoutingRunsAgain_thenExactlyOneRequestIsCreated() {
        // given: JSM is down on the first attempt, after the interaction was marked ROUTING
        node.receive(post("101", "108", "jane", "order late", null));
        RequestDesk down = new DeskDownOnce(node.desk);
        assertThatThrownBy(() -> node.router(down, node.log).routePending(node.account))
                .hasMessageContaining("JSM unavailable");
        assertThat(node.jsm.requests()).isEmpty();

        // when
        node.router().routePending(node.account);

        // then
        assertThat(node.jsm.requests()).hasSize(1);
    }

    @Test
    void givenTwoNodesOnOnePostgres_whenBothRouteTheSameCustomersPostsAtOnce_thenOneRequestPerCustomer()
            throws Exception {
        // given: 25 customers who each posted twice, not as a reply
        node.close();
        node = IntakeFixture.on(TestDatabase.POSTGRESQL);
        IntakeFixture other = node.secondNode();
        for (int customer = 1; customer <= 25; customer++) {
            node.receive(post("1" + customer, "c" + customer, "customer" + customer, "order late", null),
                    post("2" + customer, "c" + customer, "customer" + customer, "hello??", null));
        }

        // when: both nodes route the same pending posts at the same time (own threads: the common pool has one
        // worker on a two-core machine and would run them one after the other)
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> a = nodes.submit(() -> {
            start.await();
            return node.router().routePending(node.account);
        });
        Future<Integer> b = nodes.submit(() -> {
            start.await();
            return other.router().routePending(other.account);
        });
        start.countDown();
        a.get(2, TimeUnit.MINUTES);
        b.get(2, TimeUnit.MINUTES);
        nodes.shutdown();
        node.router().routePending(node.account); // whatever a held lock kept back

        // then
        assertThat(node.jsm.requests()).hasSize(25)
                .allSatisfy(request -> assertThat(request.comments()).hasSize(1));
        assertThat(statuses()).hasSize(50).containsOnly("ROUTED");
        other.close();
    }

    private List<Integer> interactionIds() {
        return java.util.Arrays.stream(node.ao.find(InteractionEntity.class, Query.select().order("ID")))
                .map(InteractionEntity::getID).toList();
    }

    /** The interactions' routing status as the store reports it (a ROUTING mark on a RECEIVED row is ROUTING). */
    private List<String> statuses() {
        List<InteractionEntity> rows = List.of(node.ao.find(InteractionEntity.class, Query.select().order("EXTERNAL_ID")));
        java.util.Map<Long, RoutingStatus> now = node.log.statuses(rows.stream().map(r -> (long) r.getID()).toList());
        return rows.stream().map(r -> now.get((long) r.getID()).name()).toList();
    }

    private static SimulatedJsm.Request only(List<SimulatedJsm.Request> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    /** Simulates the node dying at one step: the first call of {@code method} throws, later calls go through. */
    private static final class FailingOnce implements InteractionLog {
        private final InteractionLog delegate;
        private final String method;
        private boolean failed;

        FailingOnce(InteractionLog delegate, String method) {
            this.delegate = delegate;
            this.method = method;
        }

        private void maybeCrash(String called) {
            if (called.equals(method) && !failed) {
                failed = true;
                throw new IllegalStateException("simulated crash before " + called);
            }
        }

        @Override
        public List<Interaction> pending(long accountId, int limit) {
            return delegate.pending(accountId, limit);
        }

        @Override
        public Optional<Long> issueOfPost(long accountId, String externalId) {
            return delegate.issueOfPost(accountId, externalId);
        }

        @Override
        public Optional<Interaction> newestInboundOn(long issueId) {
            return delegate.newestInboundOn(issueId);
        }

        @Override
        public Optional<OnRequest> postOnRequest(long accountId, String externalId) {
            return delegate.postOnRequest(accountId, externalId);
        }

        @Override
        public Optional<Long> issueOfConversation(long accountId, String conversationId) {
            return delegate.issueOfConversation(accountId, conversationId);
        }

        @Override
        public List<Long> issuesOfContact(long contactId) {
            return delegate.issuesOfContact(contactId);
        }

        @Override
        public Optional<Interaction> reload(long interactionId) {
            return delegate.reload(interactionId);
        }

        @Override
        public java.util.Map<Long, Interaction> reload(java.util.Collection<Long> interactionIds) {
            return delegate.reload(interactionIds);
        }

        @Override
        public void markRouting(java.util.Map<Long, Long> contactOfInteraction) {
            maybeCrash("markRouting");
            delegate.markRouting(contactOfInteraction);
        }

        @Override
        public void markDone(List<Done> outcomes) {
            maybeCrash("markDone");
            delegate.markDone(outcomes);
        }

        @Override
        public List<Interaction> unpublished(long accountId, int limit) {
            return delegate.unpublished(accountId, limit);
        }

        @Override
        public IssueActivity activityOnIssue(long issueId) {
            return delegate.activityOnIssue(issueId);
        }

        @Override
        public java.util.Map<Long, IssueActivity> activityOnIssues(java.util.Collection<Long> issueIds) {
            return delegate.activityOnIssues(issueIds);
        }

        @Override
        public void markPublished(long interactionId) {
            maybeCrash("markPublished");
            delegate.markPublished(interactionId);
        }

        @Override
        public void markPublished(java.util.Collection<Long> interactionIds) {
            maybeCrash("markPublished");
            delegate.markPublished(interactionIds);
        }

        @Override
        public int noticeFailed(long interactionId) {
            return delegate.noticeFailed(interactionId);
        }

        @Override
        public int pendingCount(long accountId) {
            return delegate.pendingCount(accountId);
        }

        @Override
        public boolean hasUnfinished(long accountId) {
            return delegate.hasUnfinished(accountId);
        }

        @Override
        public int recordedSince(long accountId, java.time.Instant since) {
            return delegate.recordedSince(accountId, since);
        }
    }

    /** The node dies right after JSM stored the first comment, before SocialDesk learns it succeeded. */
    private static final class DeskDyingAfterFirstComment implements RequestDesk {
        private final RequestDesk delegate;
        private boolean died;

        DeskDyingAfterFirstComment(RequestDesk delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<RequestState> state(long issueId) {
            return delegate.state(issueId);
        }

        @Override
        public Optional<io.socialdesk.request.RequestText> text(long issueId) {
            return delegate.text(issueId);
        }

        @Override
        public <T> T pass(java.util.function.Supplier<T> work) {
            return delegate.pass(work);
        }

        @Override
        public void prefetch(java.util.Collection<Long> issueIds) {
            delegate.prefetch(issueIds);
        }

        @Override
        public Optional<RequestState> createdFor(long interactionId) {
            return delegate.createdFor(interactionId);
        }

        @Override
        public boolean commentedFor(long interactionId) {
            return delegate.commentedFor(interactionId);
        }

        @Override
        public RequestState create(NewRequest request) {
            return delegate.create(request);
        }

        @Override
        public void comment(long issueId, long interactionId, String body, boolean internal, String actorKey) {
            delegate.comment(issueId, interactionId, body, internal, actorKey);
            if (!died) {
                died = true;
                throw new IllegalStateException("node died after the comment");
            }
        }

        @Override
        public void reopen(long issueId, String actorKey) {
            delegate.reopen(issueId, actorKey);
        }

        @Override
        public void link(long issueId, long earlierIssueId, String actorKey) {
            delegate.link(issueId, earlierIssueId, actorKey);
        }

        @Override
        public void unlink(long issueId, long earlierIssueId, String actorKey) {
            delegate.unlink(issueId, earlierIssueId, actorKey);
        }
    }

    /** JSM refuses the first create, as during a restart or an outage. */
    private static final class DeskDownOnce implements RequestDesk {
        private final RequestDesk delegate;
        private boolean failed;

        DeskDownOnce(RequestDesk delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<RequestState> state(long issueId) {
            return delegate.state(issueId);
        }

        @Override
        public Optional<io.socialdesk.request.RequestText> text(long issueId) {
            return delegate.text(issueId);
        }

        @Override
        public Optional<RequestState> createdFor(long interactionId) {
            return delegate.createdFor(interactionId);
        }

        @Override
        public <T> T pass(java.util.function.Supplier<T> work) {
            return delegate.pass(work);
        }

        @Override
        public void prefetch(java.util.Collection<Long> issueIds) {
            delegate.prefetch(issueIds);
        }

        @Override
        public boolean commentedFor(long interactionId) {
            return delegate.commentedFor(interactionId);
        }

        @Override
        public RequestState create(NewRequest request) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("JSM unavailable");
            }
            return delegate.create(request);
        }

        @Override
        public void comment(long issueId, long interactionId, String body, boolean internal, String actorKey) {
            delegate.comment(issueId, interactionId, body, internal, actorKey);
        }

        @Override
        public void reopen(long issueId, String actorKey) {
            delegate.reopen(issueId, actorKey);
        }

        @Override
        public void link(long issueId, long earlierIssueId, String actorKey) {
            delegate.link(issueId, earlierIssueId, actorKey);
        }

        @Override
        public void unlink(long issueId, long earlierIssueId, String actorKey) {
            delegate.unlink(issueId, earlierIssueId, actorKey);
        }
    }
}
