package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.channel.x.XChannel;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.intake.PollCycle;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.FakeX;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.surge.AnswerSender;
import io.socialdesk.surge.AnswerStore;
import io.socialdesk.surge.IncidentAnswer;
import io.socialdesk.surge.IncidentSend;
import io.socialdesk.surge.Surge;
import io.socialdesk.surge.SurgeMember;
import io.socialdesk.surge.SurgeStore;
import io.socialdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incident reply whose node died in the middle of sending it, on the sandbox with the real store, drivers and fake
 * networks: the dead node had marked the reply SENDING (with its reply row and idempotency key) and perhaps reached
 * the network; a new node, which knows only what the database holds, finishes it. Mastodon honours the key, so the
 * reply is sent again and posted once; X does not, so the reply is left in doubt for an agent, never posted twice.
 */
class AnswerCrashRecoveryTest {
    private static final FakeX.User CUSTOMER_X = new FakeX.User("7001", "carol_x", "Carol X", 90);
    private static final FakeMastodon.Account CUSTOMER_MASTODON = new FakeMastodon.Account("7002", "carol", "Carol M",
            90);

    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    private EntityManagerActiveObjects ao;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private PluginNode newNode;

    @BeforeEach
    void start() throws Exception {
        ao = EntityManagerActiveObjects.connect("jdbc:hsqldb:mem:crash" + System.nanoTime() + ";hsqldb.tx=mvcc", "sa",
                "", "io.socialdesk");
        sandbox = SandboxServer.start(0, home, clock, ao);
        feeds = SandboxFeeds.connect(sandbox, clock);
    }

    @AfterEach
    void stop() throws Exception {
        if (newNode != null) {
            newNode.close();
        }
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenANodeThatDiedAfterMastodonPostedTheReply_whenANewNodeSends_thenTheSameKeyPostsNothingNewAndItIsSent()
            throws Exception {
        // given
        String status = feeds.mastodon().post(CUSTOMER_MASTODON, "checkout crashes since the update", null, false);
        ChannelAccount account = routedOn(MastodonChannel.KIND);
        Crashed crashed = sendingOnDeadNode(account, status, true);
        assertThat(feeds.mastodon().posted()).hasSize(1);

        // when
        newNode().get(AnswerSender.class).sendDue(account);

        // then
        assertThat(feeds.mastodon().posted()).as("posted once").hasSize(1);
        IncidentSend send = only(newNode.get(AnswerStore.class).sends(crashed.answerId()));
        assertThat(send.status()).isEqualTo(IncidentSend.Status.SENT);
        assertThat(send.replyId()).contains(crashed.replyId());
        assertThat(newNode.get(AnswerStore.class).byId(crashed.answerId()).orElseThrow().state())
                .isEqualTo(IncidentAnswer.State.DONE);
        assertThat(sandbox.jsm().requestById(crashed.post().issueId().orElseThrow()).orElseThrow().comments())
                .filteredOn(c -> c.body().contains("Version 5.2.1")).hasSize(1);
    }

    @Test
    void givenANodeThatDiedAfterXPostedTheReply_whenANewNodeSends_thenItIsLeftInDoubtNotPostedTwice()
            throws Exception {
        // given
        String tweet = feeds.x().mention(CUSTOMER_X, "checkout crashes since the update", null);
        ChannelAccount account = routedOn(XChannel.KIND);
        Crashed crashed = sendingOnDeadNode(account, tweet, true);
        assertThat(feeds.x().sent()).hasSize(1);

        // when
        newNode().get(AnswerSender.class).sendDue(account);

        // then
        assertThat(feeds.x().sent()).as("never posted twice").hasSize(1);
        IncidentSend send = only(newNode.get(AnswerStore.class).sends(crashed.answerId()));
        assertThat(send.status()).isEqualTo(IncidentSend.Status.IN_DOUBT);
        assertThat(send.failure()).hasValueSatisfying(f -> assertThat(f).contains("check on X"));
        assertThat(newNode.get(AnswerStore.class).byId(crashed.answerId()).orElseThrow().counts())
                .containsEntry(IncidentSend.Status.IN_DOUBT, 1);
    }

    @Test
    void givenANodeThatDiedBeforeXWasAsked_whenANewNodeSends_thenItIsLeftInDoubtAndNothingIsPosted()
            throws Exception {
        // given: the dead node marked the reply SENDING, then died before its request left
        String tweet = feeds.x().mention(CUSTOMER_X, "checkout crashes since the update", null);
        ChannelAccount account = routedOn(XChannel.KIND);
        Crashed crashed = sendingOnDeadNode(account, tweet, false);

        // when
        newNode().get(AnswerSender.class).sendDue(account);
        clock.advance(Duration.ofMinutes(30));
        newNode.get(AnswerSender.class).sendDue(account);

        // then: SocialDesk cannot know it never left, so an agent checks; it is not sent on its own
        assertThat(feeds.x().sent()).isEmpty();
        assertThat(only(newNode.get(AnswerStore.class).sends(crashed.answerId())).status())
                .isEqualTo(IncidentSend.Status.IN_DOUBT);
    }

    private record Crashed(long answerId, long replyId, Interaction post) {
    }

    /**
     * What the dead node did: an incident with this post, an answer, the reply begun (SENDING with its reply row in
     * one transaction, as {@link AnswerSender} does) and, when {@code reachedNetwork}, the network asked with the
     * reply's idempotency key; then it died before recording the answer.
     */
    private Crashed sendingOnDeadNode(ChannelAccount account, String externalId, boolean reachedNetwork) {
        Interaction post = sandbox.components().get(InteractionLog.class).reload(interactionId(externalId))
                .orElseThrow();
        SurgeStore surges = sandbox.components().get(SurgeStore.class);
        Surge surge = surges.start(account.id(), clock.instant(), 5, 0);
        SurgeMember member = new SurgeMember(surge.id(), post.id(), post.issueId(), 1.0, true, Optional.empty());
        surges.decide(List.of(member));
        AnswerStore answers = sandbox.components().get(AnswerStore.class);
        long answerId = answers.start(surge.id(), account.id(), "Version 5.2.1 fixes it.", "alice", List.of(member),
                clock.instant());
        AnswerStore.Due due = only(answers.due(account.id(), 10));
        String text = "Hi Carol, about your post: Version 5.2.1 fixes it.";
        long replyId = answers.begin(due.send(), post, text, "alice", clock.instant());
        if (reachedNetwork) {
            SendResult result = sandbox.components().get(ChannelCatalog.class).driver(account.kind()).orElseThrow()
                    .reply(account.api(), sandbox.components().get(CredentialStore.class).credentials(account.id()),
                            new OutboundReply(post.post().externalId(), post.post().kind(),
                                    post.post().author().externalUserId(), post.post().author().handle(), text,
                                    "socialdesk-reply-" + replyId));
            assertThat(result).isInstanceOf(SendResult.Sent.class);
        }
        return new Crashed(answerId, replyId, post);
    }

    /** Routes what the fake networks hold, as the intake job does, and answers the account of {@code kind}. */
    private ChannelAccount routedOn(ChannelKind kind) throws InterruptedException {
        PollCycle cycle = sandbox.components().get(PollCycle.class);
        cycle.run();
        assertThat(cycle.awaitIdle(Duration.ofSeconds(30))).isTrue();
        return sandbox.components().get(ChannelAccounts.class).all().stream().filter(a -> a.kind().equals(kind))
                .findFirst().orElseThrow();
    }

    /** A node started on the same database and shared home, knowing only what the database holds. */
    private PluginNode newNode() throws Exception {
        newNode = PluginNode.start(sandbox.jsm(), ao, home.resolve("shared"), clock);
        return newNode;
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** The interaction row of a post, by the network's id. */
    private long interactionId(String externalId) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select("ID, EXTERNAL_ID")
                .where("EXTERNAL_ID = ?", externalId));
        assertThat(rows).hasSize(1);
        return rows[0].getID();
    }
}
