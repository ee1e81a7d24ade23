package io.voc.card.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cards go to the internet, not into VOC's own network - unless an admin says a host is fine. */
class OutboundAddressPolicyTest {
    private final OutboundAddressPolicy policy = new OutboundAddressPolicy(Set.of("hooks.internal.example"));

    @Test
    void internalAddressesAreRefusedWithTheReason() throws Exception {
        assertRefused("169.254.169.254", "link-local");
        assertRefused("10.0.0.1", "a private address");
        assertRefused("192.168.1.20", "a private address");
        assertRefused("172.16.5.4", "a private address");
        assertRefused("100.64.0.1", "a private address");
        assertRefused("127.0.0.1", "a loopback address");
        assertRefused("::1", "a loopback address");
        assertRefused("fd00::1", "a private address");
        assertRefused("::ffff:10.0.0.1", "a private address");
        assertRefused("0.0.0.0", "not a unicast address");
    }

    @Test
    void publicAddressesAndAllowedHostsPass() throws Exception {
        assertEquals(Optional.empty(), policy.refusal("hooks.slack.com", List.of(InetAddress.getByName("52.10.1.2"))));
        assertEquals(Optional.empty(), policy.refusal("hooks.internal.example",
                List.of(InetAddress.getByName("10.1.2.3"))));
        assertTrue(policy.refusal("nowhere.example", List.of()).orElseThrow().contains("does not resolve"));
    }

    @Test
    void oneInternalAddressAmongPublicOnesIsEnoughToRefuse() throws Exception {
        assertTrue(policy.refusal("mixed.example", List.of(InetAddress.getByName("52.10.1.2"),
                InetAddress.getByName("127.0.0.1"))).isPresent());
    }

    private void assertRefused(String address, String reason) throws Exception {
        String refusal = policy.refusal("evil.example", List.of(InetAddress.getByName(address))).orElseThrow();
        assertTrue(refusal.contains(reason) && refusal.contains(InetAddress.getByName(address).getHostAddress()),
                refusal);
    }
}
