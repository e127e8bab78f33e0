package io.socialdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.correction.MoveStore;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.IntakeFixture;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.store.AoSuggestions;
import io.socialdesk.store.ContactEntity;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.store.SurgeSendEntity;
import io.socialdesk.surge.AnswerStore;
import io.socialdesk.surge.IncidentSend;
import io.socialdesk.surge.Surge;
import io.socialdesk.surge.SurgeMember;
import io.socialdesk.surge.SurgeStore;
import io.socialdesk.testing.TestDatabase;
import io.socialdesk.viral.ViralStore;
import io.socialdesk.viral.WatchedPost;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retention deletes old interactions and the contacts left with nothing; erasure clears a customer. Neither may leave
 * a row behind that points at nothing, or that still carries what was deleted: every table of the plugin is scanned,
 * and a table with a reference column this scan does not know fails it, so a new table gets its cascade too.
 */
class RetentionOrphansTest {
    /** Getter → the table its id points into. */
    private static final Map<String, Class<? extends RawEntity<?>>> REFERENCES = Map.of(
            "getInteractionId", InteractionEntity.class, "getReplyId", InteractionEntity.class,
            "getContactId", ContactEntity.class, "getSurgeId", io.socialdesk.store.SurgeEntity.class,
            "getAnswerId", io.socialdesk.store.SurgeAnswerEntity.class,
            "getAccountId", io.socialdesk.store.ChannelAccountEntity.class,
            "getPendingFor", io.socialdesk.store.ChannelAccountEntity.class,
            "getPublishFor", io.socialdesk.store.ChannelAccountEntity.class,
            "getActiveFor", io.socialdesk.store.ChannelAccountEntity.class);
    /** Ids of things outside SocialDesk's tables: Jira's issues and desks, the networks' ids. */
    private static final Set<String> OUTSIDE = Set.of("getID", "getIssueId", "getIncidentIssueId", "getFromIssueId",
            "getToIssueId", "getPossibleIssueId", "getExternalId", "getAuthorId", "getConversationId",
            "getOwnUserId", "getExternalUserId", "getServiceDeskId", "getRequestTypeId");
    private static final Instant OLD = IntakeFixture.START;
    private static final Instant RECENT = OLD.plus(Duration.ofDays(90));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenOldAndRecentContactsWithEverythingThatHangsOffThem_whenRetentionRuns_thenNoTableKeepsAnOrphan(
            TestDatabase db) throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: two customers' old posts, one customer's recent post, each with what the features add
            node.receive(post("old-a", "501", "anna", OLD), post("old-b", "502", "ben", OLD));
            node.router().routePending(node.account);
            node.clock.advance(Duration.between(OLD, RECENT));
            node.receive(post("new-c", "503", "cleo", RECENT));
            node.router().routePending(node.account);
            Interaction a = interaction(node, "old-a");
            Interaction b = interaction(node, "old-b");
            Interaction c = interaction(node, "new-c");
            dependentsOf(node, List.of(a, b), OLD, OLD.plus(Duration.ofHours(1)));
            dependentsOf(node, List.of(c), RECENT, null);
            AoSuggestions suggestions = node.node.get(AoSuggestions.class);
            suggestions.reject(a.contactId().orElseThrow(), "contact:" + b.contactId().orElseThrow(), "alice");
            suggestions.reject(c.contactId().orElseThrow(), "contact:" + a.contactId().orElseThrow(), "alice");
            suggestions.reject(c.contactId().orElseThrow(), "customer:jira-user-7", "alice");

            // when
            node.node.get(ContactRecords.class).purgeBefore(OLD.plus(Duration.ofDays(30)), 500);

            // then: nothing points at what is gone, and the recent customer's rows are all there
            assertThat(orphans(node)).isEmpty();
            assertThat(count(node, io.socialdesk.store.ViralWatchEntity.class)).isEqualTo(1);
            assertThat(count(node, io.socialdesk.store.SurgeEntity.class)).isEqualTo(1);
            assertThat(count(node, io.socialdesk.store.SurgeMemberEntity.class)).isEqualTo(1);
            assertThat(count(node, io.socialdesk.store.SurgeAnswerEntity.class)).isEqualTo(1);
            assertThat(count(node, SurgeSendEntity.class)).isEqualTo(1);
            assertThat(count(node, io.socialdesk.store.MoveEntity.class)).isEqualTo(1);
            assertThat(count(node, io.socialdesk.store.RejectionEntity.class)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenACustomerWithAnIncidentReplyStillToSend_whenErased_thenItIsNeverSentAndNothingWatchesOrNamesThem(
            TestDatabase db) throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given
            node.receive(post("e-1", "501", "anna", OLD), post("e-2", "502", "ben", OLD));
            node.router().routePending(node.account);
            Interaction a = interaction(node, "e-1");
            Interaction b = interaction(node, "e-2");
            dependentsOf(node, List.of(a), OLD, null);
            node.node.get(AoSuggestions.class).reject(b.contactId().orElseThrow(),
                    "contact:" + a.contactId().orElseThrow(), "alice");

            // when
            node.node.get(ContactErasure.class).erase(a.contactId().orElseThrow(), Optional.of("alice"));

            // then
            assertThat(orphans(node)).isEmpty();
            assertThat(count(node, io.socialdesk.store.ViralWatchEntity.class)).isZero();
            assertThat(count(node, io.socialdesk.store.RejectionEntity.class)).isZero();
            assertThat(count(node, io.socialdesk.store.MoveEntity.class)).isZero();
            assertThat(node.ao.find(SurgeSendEntity.class, Query.select()))
                    .allSatisfy(send -> assertThat(send.getStatus()).isNotEqualTo(IncidentSend.Status.PENDING.name()));
        }
    }

    /** A viral watch row, a surge (ended at {@code endedAt} if given) holding the posts, an answer, a move. */
    private static void dependentsOf(IntakeFixture node, List<Interaction> posts, Instant at, Instant endedAt) {
        long account = node.account.id();
        ViralStore viral = node.node.get(ViralStore.class);
        for (Interaction post : posts) {
            viral.counted(account, new WatchedPost(post.id(), post.issueId().orElseThrow(),
                    post.post().externalId(), post.post().author().handle(), OptionalLong.of(100), Optional.empty(),
                    post.post().occurredAt(), Optional.empty(), Optional.empty(), Optional.empty()),
                    new Engagement(1, 0, 2, 0), at, at.plus(Duration.ofMinutes(10)));
        }
        SurgeStore surges = node.node.get(SurgeStore.class);
        Surge surge = surges.start(account, at, 5, 1);
        List<SurgeMember> members = posts.stream().map(post -> new SurgeMember(surge.id(), post.id(), post.issueId(),
                0.9, true, Optional.empty())).toList();
        surges.decide(members);
        AnswerStore answers = node.node.get(AnswerStore.class);
        long answer = answers.start(surge.id(), account, "We fixed it.", "alice", members, at);
        IncidentSend first = answers.sends(answer).get(0);
        answers.begin(first, posts.get(0), "@" + posts.get(0).post().author().handle() + " We fixed it.", "alice",
                at);
        if (endedAt != null) {
            surges.end(surge.id(), endedAt);
        }
        Interaction moved = posts.get(posts.size() - 1);
        node.node.get(MoveStore.class).start(moved.id(), account, moved.contactId().orElseThrow(),
                moved.issueId().orElseThrow(), moved.issueId().orElseThrow() + 1000, "alice");
    }

    /** Every row of every plugin table whose reference resolves to nothing. */
    private static List<String> orphans(IntakeFixture node) throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> table : PluginDescriptor.load().aoEntityClasses()) {
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<Integer>> type = (Class<? extends RawEntity<Integer>>) table;
            for (Method getter : table.getMethods()) {
                String name = getter.getName();
                if (!name.startsWith("get") || getter.getParameterCount() > 0) {
                    continue;
                }
                boolean reference = REFERENCES.containsKey(name) || name.equals("getTarget");
                if (!reference) {
                    assertThat(name.endsWith("Id") && !OUTSIDE.contains(name))
                            .as("%s.%s: a reference column the orphan scan does not know", table.getSimpleName(),
                                    name).isFalse();
                    continue;
                }
                for (RawEntity<Integer> row : node.ao.find(type, Query.select())) {
                    Object value = getter.invoke(row);
                    Optional<Object[]> target = target(name, value);
                    if (target.isPresent() && node.ao.get(
                            (Class<? extends RawEntity<Integer>>) target.get()[0], (Integer) target.get()[1]) == null) {
                        found.add(table.getSimpleName() + "." + name + " = " + value);
                    }
                }
            }
        }
        return found;
    }

    private static Optional<Object[]> target(String getter, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (getter.equals("getTarget")) {
            String text = value.toString();
            return text.startsWith("contact:") ? Optional.of(new Object[] {ContactEntity.class,
                    Integer.valueOf(text.substring("contact:".length()))}) : Optional.empty();
        }
        return Optional.of(new Object[] {REFERENCES.get(getter), ((Number) value).intValue()});
    }

    private static int count(IntakeFixture node, Class<? extends RawEntity<Integer>> type) {
        return node.ao.count(type, Query.select());
    }

    private static Interaction interaction(IntakeFixture node, String externalId) {
        int id = node.ao.find(InteractionEntity.class, Query.select().where("EXTERNAL_ID = ?", externalId))[0]
                .getID();
        return node.node.get(InteractionLog.class).reload(id).orElseThrow();
    }

    private static InboundPost post(String id, String authorId, String handle, Instant at) {
        return new InboundPost(id, PostKind.MENTION, "my order " + id + " is late",
                Optional.of(URI.create("https://mastodon.example/@" + handle + "/" + id)),
                new Author(authorId, handle, handle, OptionalLong.of(100), Optional.empty()), at,
                Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
