package io.socialdesk.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.ChannelSpec;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class InstalledChannelsTest {
    private final InstalledChannels channels = new InstalledChannels(Clock.systemUTC(), () -> "");

    @Test
    void givenTheInstalledChannels_whenListed_thenEachHasOneKindAnIconInTheJarAndOneWithAnApiADriver() {
        // when
        var specs = channels.specs();

        // then
        assertThat(specs).extracting(spec -> spec.kind().key()).containsExactly("x", "mastodon", "bluesky", "facebook",
                "instagram", "whatsapp", "phone");
        assertThat(specs).allSatisfy(spec -> {
            assertThat(getClass().getResource("/" + spec.icon())).as(spec.icon()).isNotNull();
            assertThat(channels.driver(spec.kind()).isPresent()).isEqualTo(spec.callsApi());
            assertThat(spec.webhookPath().isPresent()).as(spec.label() + ": a pushed channel says where it is sent to")
                    .isEqualTo(!spec.polled());
            if (spec.webhookPath().isPresent()) {
                assertThat(english()).as(spec.label() + " tells where its webhook URL is entered")
                        .containsKey(spec.webhookHelpKey());
            }
            assertThat(spec.credentials()).as("every channel has at least one required secret")
                    .anyMatch(credential -> credential.required());
        });
        assertThat(specs).filteredOn(ChannelSpec::polled).allSatisfy(spec ->
                assertThat(spec.defaultApiBaseUrl().isPresent() || spec.identityScope()
                        == ChannelSpec.IdentityScope.INSTANCE).as(spec.label() + " knows where to poll").isTrue());
    }

    private static java.util.Properties english() {
        java.util.Properties properties = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("i18n", "socialdesk.properties"))) {
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
