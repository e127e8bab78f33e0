package io.socialdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.PostKind;
import io.socialdesk.triage.PostTriage;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A post without words is a repost only when it has no media either: a photo of the broken parcel is a contact. */
class RouterMediaTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final Router router = new Router();

    @Test
    void givenAPhotoWithoutWords_whenRouting_thenItBecomesARequestNotNoise() {
        // given
        Interaction photo = post(List.of(new Media(Media.Kind.IMAGE, URI.create("https://files.example/box.jpg"),
                Optional.empty(), "crushed box")));

        // when
        Route route = decide(photo);

        // then
        assertThat(route).isInstanceOf(Route.Create.class);
    }

    @Test
    void givenNeitherWordsNorMedia_whenRouting_thenItIsSkippedAsARepost() {
        // when
        Route route = decide(post(List.of()));

        // then
        assertThat(route).isInstanceOfSatisfying(Route.Skip.class,
                skip -> assertThat(skip.reason()).contains("repost"));
    }

    private Route decide(Interaction interaction) {
        return router.decide(interaction, PostTriage.of(interaction.post()), new RoutingFacts(false, Optional.empty(),
                () -> new RoutingFacts.Candidates(List.of(), Optional.empty(), request -> List.of())),
                RoutingSettings.defaults(), NOW);
    }

    private static Interaction post(List<Media> media) {
        InboundPost post = new InboundPost("1", PostKind.MENTION, "", Optional.empty(),
                new Author("7", "kim", "Kim", OptionalLong.of(10), Optional.empty()), NOW, Optional.empty(),
                Optional.empty(), Optional.empty(), media);
        return new Interaction(1, 1, ChannelKind.fromKey("mastodon").orElseThrow(), post, RoutingStatus.RECEIVED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Placement.NONE);
    }
}
