package io.socialdesk.channel.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class PublicAddressesTest {
    @Test
    void givenInternalAddresses_whenChecked_thenNoneIsPublic() throws Exception {
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "198.18.0.1", "240.0.0.1", "::1", "fd00::1", "fe80::1",
                "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::",
                "2002:0a00:0001::1"}) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("2606:4700::1111"))).isTrue();
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("64:ff9b::808:808"))).as("NAT64 of 8.8.8.8").isTrue();
    }

    @Test
    void givenAHostWithOnePrivateAddressAmongPublicOnes_whenChecked_thenItIsRefused() {
        // given
        PublicAddresses guard = new PublicAddresses(host -> new InetAddress[] {
                InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.5")});

        // when / then
        assertThat(guard.refusal("mixed.example")).contains("mixed.example points to a private or local address");
    }

    @Test
    void givenAHostThatDoesNotResolve_whenChecked_thenItIsRefusedSayingSo() {
        // given
        PublicAddresses guard = new PublicAddresses(host -> {
            throw new UnknownHostException(host);
        });

        // when / then
        assertThat(guard.refusal("gone.example")).contains("gone.example does not resolve");
        assertThat(guard.refusal("")).contains("no host");
    }
}
