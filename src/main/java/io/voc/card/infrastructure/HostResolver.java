package io.voc.card.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a channel's host name into addresses, once per delivery: {@link ChatPoster} checks these very
 * addresses and connects to one of them, so it asks exactly once. Tests answer for names of their own.
 */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
