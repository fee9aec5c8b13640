package org.credence.document.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkGuardTest {

    private final NetworkGuard guard = new NetworkGuard(List.of());

    @Test
    void loopback_private_link_local_metadata_and_reserved_addresses_are_refused_in_both_ip_versions()
            throws Exception {
        for (String address : List.of(
                "127.0.0.1",
                "127.8.9.10",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fd00:ec2::254",
                "fc00::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1")) {
            assertThat(guard.permits(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
    }

    @Test
    void public_addresses_are_permitted() throws Exception {
        for (String address :
                List.of("93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:2800:220:1::1", "::ffff:8.8.8.8")) {
            assertThat(guard.permits(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
    }

    @Test
    void an_administrator_opens_exactly_the_networks_configured() throws Exception {
        NetworkGuard intranet = new NetworkGuard(List.of("127.0.0.1/32", " 10.20.0.0/16 "));

        assertThat(intranet.permits(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(intranet.permits(InetAddress.getByName("10.20.9.9"))).isTrue();
        assertThat(intranet.permits(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(intranet.permits(InetAddress.getByName("10.21.0.1"))).isFalse();
        assertThat(intranet.permits(InetAddress.getByName("169.254.169.254"))).isFalse();
    }

    @Test
    void a_name_that_resolves_only_to_refused_addresses_is_refused_saying_why() {
        assertThatThrownBy(() -> guard.resolve("localhost"))
                .isInstanceOf(NetworkGuard.RefusedAddressException.class)
                .hasMessageContaining("localhost resolves to ")
                .hasMessageContaining("Credence fetches only public addresses")
                .hasMessageContaining("credence.import.url.allowed-networks");
    }

    @Test
    void a_network_that_is_not_one_is_refused_at_start_up_with_an_example() {
        assertThatThrownBy(() -> new NetworkGuard(List.of("intranet.example/8")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'intranet.example/8' is not a network such as 10.0.0.0/8 or fd00::/8");
        assertThatThrownBy(() -> new NetworkGuard(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
