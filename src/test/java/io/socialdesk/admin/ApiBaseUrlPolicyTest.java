package io.socialdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.wire.PublicAddresses;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiBaseUrlPolicyTest {
    private String saved;

    @BeforeEach
    void productionMode() {
        saved = System.clearProperty(PublicAddresses.ALLOW_PRIVATE_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved != null) {
            System.setProperty(PublicAddresses.ALLOW_PRIVATE_PROPERTY, saved);
        }
    }

    @Test
    void givenProductionMode_whenAnAdminEntersLocalOrPlainHttpUrls_thenTheyAreRefusedWithAReason() {
        // given
        ApiBaseUrlPolicy policy = new ApiBaseUrlPolicy();

        // when / then
        assertThat(policy.refusal(URI.create("https://127.0.0.1/"))).contains("127.0.0.1 points to a private or local address");
        assertThat(policy.refusal(URI.create("https://localhost:8080/")))
                .contains("localhost points to a private or local address");
        assertThat(policy.refusal(URI.create("http://8.8.8.8/"))).contains("must use https");
        assertThat(policy.refusal(URI.create("https://169.254.169.254/"))).isPresent();
        assertThat(policy.refusal(URI.create("https://8.8.8.8/?x=1"))).isPresent();
        assertThat(policy.refusal(URI.create("https://8.8.8.8/"))).isEmpty();
    }
}
