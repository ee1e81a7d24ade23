package io.voc.card.infrastructure;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses a channel's cards may be sent to. A channel URL is typed by a user, so without a check it
 * could make VOC call into its own network (server-side request forgery): the cloud metadata service,
 * databases, admin consoles. Private, loopback, link-local, multicast and unspecified addresses are refused,
 * as are their IPv4-mapped IPv6 forms, unless an admin lists the host (or the address) as allowed. The
 * check is made on the addresses the name resolves to at sending time, and the connection goes to the
 * address checked (pinned), so a name that changes its answer in between gains nothing.
 */
final class OutboundAddressPolicy {
    private final Set<String> allowed;

    /** {@code allowed}: host names or literal addresses an admin trusts although they are internal. */
    OutboundAddressPolicy(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** Empty when every address is fine, else why the first refused one is. */
    Optional<String> refusal(String host, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return Optional.of(host + " does not resolve to any address");
        }
        if (allowed.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (allowed.contains(address.getHostAddress())) {
                continue;
            }
            Optional<String> kind = internalKind(address);
            if (kind.isPresent()) {
                return Optional.of(host + " resolves to " + address.getHostAddress() + ", " + kind.get()
                        + "; VOC does not send cards into its own network unless an admin allows the host "
                        + "(voc.cards.allowed-hosts)");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> internalKind(InetAddress address) {
        InetAddress a = unmapped(address);
        if (a.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("a link-local address (such as the cloud metadata service 169.254.169.254)");
        }
        if (a.isSiteLocalAddress() || isUniqueLocal(a) || isCarrierGradeNat(a)) {
            return Optional.of("a private address");
        }
        if (a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return Optional.of("not a unicast address");
        }
        return Optional.empty();
    }

    /** ::ffff:10.0.0.1 is 10.0.0.1. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes are an IPv4 address", e);
                }
            }
        }
        return address;
    }

    /** fc00::/7, IPv6's private range (Java's isSiteLocalAddress only knows the deprecated fec0::/10). */
    private static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, shared address space inside providers' networks. */
    private static boolean isCarrierGradeNat(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }
}
