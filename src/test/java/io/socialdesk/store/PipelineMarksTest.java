package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.Placement;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.intake.RouteOutcome;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where an inbound interaction stands between routing steps, kept as marks beside its row: what routing, publishing,
 * notices, retention and erasure see of a post at each step, on both databases, and rows left by the version before the marks (status
 * and queue in their own columns) read as before.
 */
class PipelineMarksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private EntityManagerActiveObjects ao;

    @AfterEach
    void disconnect() {
        ao.dispose();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenARecordedPost_whenItIsMarkedRoutingThenDoneThenPublished_thenEachStepIsSeenAndNoMarkIsLeft(
            TestDatabase db) {
        // given
        AoInteractionLog log = log(db);
        long account = AccountRows.mastodon(ao);
        new AoInbox(ao, CLOCK).record(account, List.of(post("p1")), Optional.empty());
        long id = log.pending(account, 10).get(0).id();

        // when: an attempt begins
        log.markRouting(Map.of(id, 7L));

        // then: it is ROUTING for every reader (the row's own status column is not written)
        assertThat(log.statuses(List.of(id))).containsEntry(id, RoutingStatus.ROUTING);
        assertThat(log.reload(id)).get().extracting(Interaction::status).isEqualTo(RoutingStatus.ROUTING);
        assertThat(log.pending(account, 10)).extracting(Interaction::status).containsExactly(RoutingStatus.ROUTING);

        // when: routed
        log.markDone(List.of(new InteractionLog.Done(id, 7, RouteOutcome.CREATED, Optional.of(10_000L),
                Optional.empty(), Optional.empty(), Placement.NONE)));

        // then: stored for its contact and waiting for publication
        assertThat(log.statuses(List.of(id))).containsEntry(id, RoutingStatus.ROUTED);
        assertThat(log.pending(account, 10)).isEmpty();
        assertThat(log.unpublished(account, 10)).singleElement().satisfies(i -> {
            assertThat(i.contactId()).contains(7L);
            assertThat(i.issueId()).contains(10_000L);
            assertThat(i.published()).isFalse();
        });

        // when
        log.markPublished(List.of(id));

        // then
        assertThat(log.unpublished(account, 10)).isEmpty();
        assertThat(log.reload(id)).get().extracting(Interaction::published).isEqualTo(true);
        assertThat(ao.count(PipelineMarkEntity.class, net.java.ao.Query.select())).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenRowsTheVersionBeforeMarksLeft_whenUpgraded_thenTheyReadAndFinishThroughMarksOnly(TestDatabase db) {
        // given: one post an attempt was routing and one routed but unpublished when that version stopped
        AoInteractionLog log = log(db);
        long account = AccountRows.mastodon(ao);
        new AoInbox(ao, CLOCK).record(account, List.of(post("p1"), post("p2")), Optional.empty());
        List<Interaction> pending = log.pending(account, 10);
        InteractionEntity routing = ao.get(InteractionEntity.class, (int) pending.get(0).id());
        routing.setStatus(RoutingStatus.ROUTING.name());
        routing.save();
        InteractionEntity unpublished = ao.get(InteractionEntity.class, (int) pending.get(1).id());
        unpublished.setStatus(RoutingStatus.ROUTED.name());
        unpublished.setPendingFor(null);
        unpublished.setPublishFor((int) account);
        unpublished.save();

        // when: the model version 3 upgrade, run twice as AO may after a failure
        io.socialdesk.sandbox.ao.AoUpgrades.run(List.of(io.socialdesk.store.upgrade.MarkedPipeline.class.getName()),
                com.atlassian.activeobjects.external.ModelVersion.valueOf("2"), ao);
        new io.socialdesk.store.upgrade.MarkedPipeline().upgrade(
                com.atlassian.activeobjects.external.ModelVersion.valueOf("3"), ao);

        // then: one mark each, the rows in today's shape, and they read and finish as the current code writes them
        assertThat(ao.count(PipelineMarkEntity.class, net.java.ao.Query.select())).isEqualTo(2);
        assertThat(ao.get(InteractionEntity.class, routing.getID()).getStatus())
                .isEqualTo(RoutingStatus.RECEIVED.name());
        assertThat(ao.get(InteractionEntity.class, unpublished.getID()).getPublishFor()).isNull();
        assertThat(log.statuses(List.of((long) routing.getID()))).containsEntry((long) routing.getID(),
                RoutingStatus.ROUTING);
        assertThat(log.unpublished(account, 10)).extracting(Interaction::id).containsExactly((long) unpublished.getID());
        log.markPublished(List.of((long) unpublished.getID()));
        assertThat(log.unpublished(account, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenOldPostsOneStillUnpublished_whenRetentionAndErasureRun_thenTheUnpublishedOneStaysUntilErased(
            TestDatabase db) {
        // given: two posts of a year ago routed for contact 7; one published, one not yet
        AoInteractionLog log = log(db);
        long account = AccountRows.mastodon(ao);
        int contact = contact("Jane");
        new AoInbox(ao, CLOCK).record(account, List.of(post("p1"), post("p2")), Optional.empty());
        List<Interaction> posts = log.pending(account, 10);
        posts.forEach(p -> log.markDone(List.of(new InteractionLog.Done(p.id(), contact, RouteOutcome.CREATED,
                Optional.of(10_000L), Optional.empty(), Optional.empty(), Placement.NONE))));
        log.markPublished(List.of(posts.get(0).id()));
        AoContactRecords records = new AoContactRecords(ao, java.time.Clock.systemUTC());

        // when
        var purged = records.purgeBefore(Instant.parse("2030-01-01T00:00:00Z"), 100);

        // then: the published one went, the other waits for its signals
        assertThat(purged.interactions()).isEqualTo(1);
        assertThat(log.unpublished(account, 10)).extracting(Interaction::id).containsExactly(posts.get(1).id());

        // when: the customer asks to be forgotten
        records.erase(contact, "Erased contact");

        // then: nothing of theirs is published any more
        assertThat(log.unpublished(account, 10)).isEmpty();
        assertThat(ao.count(PipelineMarkEntity.class, net.java.ao.Query.select())).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAPostAnAttemptStoppedRoutingForJane_whenSheAsksForHerDataAndIsErased_thenThePostIsInBothAndStopsThere(
            TestDatabase db) {
        // given: the row gets its contact only with its outcome, which the stopped attempt never stored
        AoInteractionLog log = log(db);
        long account = AccountRows.mastodon(ao);
        int jane = contact("Jane");
        new AoInbox(ao, CLOCK).record(account, List.of(post("p1")), Optional.empty());
        long id = log.pending(account, 10).get(0).id();
        log.markRouting(Map.of(id, (long) jane));
        AoContactRecords records = new AoContactRecords(ao, java.time.Clock.systemUTC());

        // when
        var export = records.export(jane).orElseThrow();
        records.erase(jane, "Erased contact");

        // then: her data includes it, and once erased its text is gone and it is no longer routed
        assertThat(export.interactions()).singleElement().satisfies(e -> assertThat(e.text()).contains("late"));
        assertThat(ao.get(InteractionEntity.class, (int) id).getBody()).isNull();
        assertThat(log.pending(account, 10)).isEmpty();
        assertThat(log.statuses(List.of(id))).containsEntry(id, RoutingStatus.SKIPPED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenPostsRecordedButNotRoutedYet_whenTheirAuthorIsErased_thenHersAreErasedAndAStrangersWithHerIdElsewhereNot(
            TestDatabase db) {
        // given: Jane (Mastodon user 108 on mastodon.example) and a post of hers not routed yet; user 108 of another
        // server posted too (Mastodon ids are per server)
        AoInteractionLog log = log(db);
        long account = AccountRows.mastodon(ao);
        long elsewhere = AccountRows.mastodon(ao, "https://other.example");
        var contacts = new AoContacts(ao, CLOCK);
        long jane = contacts.identify(new io.socialdesk.contact.IdentityRef(
                io.socialdesk.channel.ChannelKind.fromKey("mastodon").orElseThrow(), "mastodon.example", "108"),
                new Author("108", "jane", "Jane", OptionalLong.empty(), Optional.empty())).id();
        new AoInbox(ao, CLOCK).record(account, List.of(post("p1")), Optional.empty());
        new AoInbox(ao, CLOCK).record(elsewhere, List.of(post("p2")), Optional.empty());
        AoContactRecords records = new AoContactRecords(ao, java.time.Clock.systemUTC());

        // when
        var export = records.export(jane).orElseThrow();
        records.erase(jane, "Erased contact");

        // then: hers is in her data and erased, and will not be routed as a new contact's; the stranger's stays
        assertThat(export.interactions()).singleElement().satisfies(e -> assertThat(e.text()).contains("late"));
        assertThat(log.pending(account, 10)).isEmpty();
        assertThat(log.pending(elsewhere, 10)).singleElement()
                .satisfies(i -> assertThat(i.post().text()).contains("late"));
    }

    private int contact(String name) {
        return ao.create(ContactEntity.class, new DBParam("DISPLAY_NAME", name), new DBParam("CREATED_AT", 0L)).getID();
    }

    private AoInteractionLog log(TestDatabase db) {
        ao = db.connect();
        // every table: erasure and retention reach into the surge, viral and move tables too
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        return new AoInteractionLog(ao, CLOCK);
    }

    private static InboundPost post(String id) {
        return new InboundPost(id, PostKind.MENTION, "my order is late",
                Optional.of(URI.create("https://mastodon.example/@jane/" + id)),
                new Author("108", "jane", "Jane", OptionalLong.of(10), Optional.empty()),
                Instant.parse("2025-11-22T10:00:00Z"), Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
