package io.voc.card.infrastructure;

import io.voc.card.application.OutboundAddresses;
import io.voc.card.model.ChannelAddress;
import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves a channel's host with the system's DNS and applies {@link OutboundAddressPolicy} with the hosts
 * an admin allowed ({@code voc.cards.allowed-hosts}). Every address the name resolves to must be fine: a
 * name with one public and one private answer is refused.
 */
@ApplicationScoped
class DnsOutboundAddresses implements OutboundAddresses {
    private final OutboundAddressPolicy policy;

    DnsOutboundAddresses(VocConfig config) {
        this.policy = new OutboundAddressPolicy(config.cards().allowedHosts().orElse(Set.of()).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toSet()));
    }

    @Override
    public void requireAllowed(ChannelAddress address) {
        String host = address.host();
        List<InetAddress> resolved;
        try {
            resolved = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new InvalidInputException("url", host + " does not resolve to any address (DNS: "
                    + e.getMessage() + ")");
        }
        policy.refusal(bare(host), resolved).ifPresent(reason -> {
            throw new InvalidInputException("url", "VOC may not send cards to " + address.redacted() + ": " + reason);
        });
    }

    /** [::1] in a URL is ::1 as a host name or an allowed address. */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
