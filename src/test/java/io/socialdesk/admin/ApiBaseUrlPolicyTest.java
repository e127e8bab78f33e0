package io.socialdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiBaseUrlPolicyTest {
    private String saved;

    @BeforeEach
    void productionMode() {
        saved = System.clearProperty(ApiBaseUrlPolicy.ALLOW_PRIVATE_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved != null) {
            System.setProperty(ApiBaseUrlPolicy.ALLOW_PRIVATE_PROPERTY, saved);
        }
    }

    @Test
    void givenInternalAddresses_whenChecked_thenNoneIsPublic() throws Exception {
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fd00::1", "fe80::1"}) {
            assertThat(ApiBaseUrlPolicy.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        assertThat(ApiBaseUrlPolicy.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(ApiBaseUrlPolicy.isPublic(InetAddress.getByName("2606:4700::1111"))).isTrue();
    }

    @Test
    void givenProductionMode_whenAnAdminEntersLocalOrPlainHttpUrls_thenTheyAreRefusedWithAReason() {
        // given
        ApiBaseUrlPolicy policy = new ApiBaseUrlPolicy();

        // when / then
        assertThat(policy.refusal(URI.create("https://127.0.0.1/"))).contains("points to a private or local address");
        assertThat(policy.refusal(URI.create("https://localhost:8080/"))).contains("points to a private or local address");
        assertThat(policy.refusal(URI.create("http://8.8.8.8/"))).contains("must use https");
        assertThat(policy.refusal(URI.create("https://169.254.169.254/"))).isPresent();
        assertThat(policy.refusal(URI.create("https://8.8.8.8/?x=1"))).isPresent();
        assertThat(policy.refusal(URI.create("https://8.8.8.8/"))).isEmpty();
    }
}
