package io.socialdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.admin.Settings;
import io.socialdesk.admin.SettingsStore;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.IntakeFixture;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.TestDatabase;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.Pictures;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Retention deletes what SocialDesk attached of an aged-out post's media, and only that. */
class MediaRetentionTest {
    @Test
    void givenAnOldPostWithAPhotoAndAnAgentsOwnFile_whenRetentionRuns_thenOnlyThePhotoSocialDeskAttachedGoes()
            throws Exception {
        try (FakeHttpServer cdn = new FakeHttpServer(); IntakeFixture node = IntakeFixture.on(TestDatabase.HSQLDB)) {
            // given
            cdn.file("/p.png", "image/png", Pictures.of("png", 8, 8));
            node.receive(new InboundPost("701", PostKind.MENTION, "the parcel 4410 arrived broken",
                    Optional.of(URI.create("https://mastodon.example/@ann/701")),
                    new Author("501", "ann", "Ann", OptionalLong.of(10), Optional.empty()), IntakeFixture.START,
                    Optional.empty(), Optional.empty(), Optional.of("en"),
                    List.of(new Media(Media.Kind.IMAGE, cdn.baseUrl().resolve("/p.png"), Optional.empty(), ""))));
            node.router().routePending(node.account);
            SimulatedJsm.Request request = node.jsm.requests().get(0);
            node.jsm.addAttachment(request.id(), "agent-notes.png", "image/png", Pictures.of("png", 4, 4), "alice");
            assertThat(node.jsm.attachments(request.id())).extracting(SimulatedJsm.Attachment::filename)
                    .containsExactly("mastodon-701-1.png", "agent-notes.png");
            SettingsStore settings = node.node.get(SettingsStore.class);
            Settings kept = settings.read();
            settings.save(new Settings(kept.routing(), kept.defaultRegion(), 1, kept.customerNumberPattern(),
                    kept.surge(), kept.viral(), kept.delivery()));
            node.clock.advance(Duration.ofDays(62));

            // when
            ContactRecords.Purged purged = node.node.get(Retention.class).apply();

            // then
            assertThat(purged.interactions()).isEqualTo(1);
            assertThat(node.jsm.attachments(request.id())).extracting(SimulatedJsm.Attachment::filename)
                    .containsExactly("agent-notes.png");
        }
    }
}
