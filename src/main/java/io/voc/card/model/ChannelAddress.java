package io.voc.card.model;

import io.voc.platform.model.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a channel's cards are posted: an https URL (a Slack or Teams incoming webhook, a Lark custom bot, a
 * team's own receiver). Plain http only to the loopback interface, for a receiver on the same machine. This
 * checks the form; that the name does not lead into the private network is checked when connecting, against
 * the addresses it resolves to then (a name can change what it points to).
 */
public record ChannelAddress(URI uri) {
    public static final int MAX_LENGTH = 2_000;

    public ChannelAddress {
        if (uri == null) {
            throw new InvalidInputException("url", "url is required");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw new InvalidInputException("url", "url must be an absolute https URL without user name or fragment");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopbackName(uri.getHost()))) {
            throw new InvalidInputException("url", "url must use https (http only to localhost)");
        }
    }

    public static ChannelAddress parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("url", "url is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("url", "url must be at most " + MAX_LENGTH + " characters");
        }
        try {
            return new ChannelAddress(new URI(value.strip()));
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "url is not a URL: " + e.getReason());
        }
    }

    public String host() {
        return uri.getHost();
    }

    /** Shown on pages and in logs: the path of a webhook URL is its secret, so only scheme and host. */
    public String redacted() {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
    }

    private static boolean isLoopbackName(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    @Override
    public String toString() {
        return redacted();
    }
}
