package io.voc.card.infrastructure;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.SocketAddress;
import io.voc.card.application.CardPoster;
import io.voc.card.model.Card;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.DeliveryOutcome;
import io.voc.platform.VocConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pushes one card to one channel over HTTP and says how it went. A channel's URL is typed by a user, so the
 * push is made safe for VOC's own network: the host is resolved once, every address it resolves to is
 * checked ({@link OutboundAddressPolicy}), and the request goes to the checked address (pinned) while the
 * Host header, SNI and the TLS certificate check keep the name - a name that answers differently a moment
 * later (DNS rebinding) gains nothing. Redirects are not followed (one could lead inside), answers are read
 * up to a limit, and every step has a timeout. Blocking: call it from a worker thread, never an event loop.
 */
@ApplicationScoped
public class ChatPoster implements CardPoster, AutoCloseable {
    static final String USER_AGENT = "VOC-Cards/1";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final Vertx vertx;
    private final HttpClient client;
    private final OutboundAddressPolicy policy;
    private final ChatPosterSettings settings;
    private final HostResolver resolver;
    private final Clock clock;
    private final CardActionLinks teamsLinks;

    @Inject
    ChatPoster(Vertx vertx, VocConfig config, CardActionLinks teamsLinks) {
        this(vertx, new OutboundAddressPolicy(config.cards().allowedHosts().orElse(Set.of())),
                ChatPosterSettings.of(config.cards().publicUrl()), HostResolver.SYSTEM, Clock.systemUTC(), teamsLinks);
    }

    ChatPoster(Vertx vertx, OutboundAddressPolicy policy, ChatPosterSettings settings) {
        this(vertx, policy, settings, HostResolver.SYSTEM, Clock.systemUTC(), CardActionLinks.OPEN_ALERT);
    }

    ChatPoster(Vertx vertx, OutboundAddressPolicy policy, ChatPosterSettings settings, HostResolver resolver,
            Clock clock, CardActionLinks teamsLinks) {
        this.vertx = vertx;
        this.policy = policy;
        this.settings = settings;
        this.resolver = resolver;
        this.clock = clock;
        this.teamsLinks = teamsLinks;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                // the name, not the pinned address, in SNI and in the certificate check
                .setForceSni(true)
                .setVerifyHost(true)
                .setTrustAll(false));
    }

    /** Posts {@code card} to {@code channel}; {@code deliveryId} is the same on every attempt of a delivery. */
    @Override
    public DeliveryOutcome post(ChatChannel channel, Card card, UUID deliveryId) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("ChatPoster.post waits for the provider: call it from a worker thread");
        }
        OutgoingCard outgoing = OutgoingCard.of(channel, card, deliveryId, clock.instant(), settings, teamsLinks);
        return deliver(channel.kind(), channel.address().uri(), channel.address().redacted(), outgoing);
    }

    /**
     * Posts a JSON {@code body} to {@code uri} with the same safety as a card (address check, pinning, no
     * redirects, limits), reading the answer as {@code kind}'s provider answers: for answers to a click, such
     * as Slack's {@code response_url}. {@code shown}: the address as logs may show it.
     */
    public DeliveryOutcome postJson(ChannelKind kind, URI uri, String shown, String body) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("ChatPoster.postJson waits for the provider: call it from a worker thread");
        }
        return deliver(kind, uri, shown, new OutgoingCard(body, Map.of()));
    }

    private DeliveryOutcome deliver(ChannelKind kind, URI uri, String shown, OutgoingCard outgoing) {
        String host = unbracketed(uri.getHost());
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return DeliveryOutcome.failedForNow("could not resolve " + host + ": " + e.getMessage(), Optional.empty());
        }
        Optional<String> refusal = policy.refusal(host, addresses);
        if (refusal.isPresent()) {
            return DeliveryOutcome.failedForGood("not sent: " + refusal.get());
        }
        // every address passed the check; the first is the one the system would have tried first too
        InetAddress pinned = addresses.get(0);
        return send(kind, shown, uri, host, pinned, outgoing);
    }

    private DeliveryOutcome send(ChannelKind kind, String shown, URI uri, String host, InetAddress pinned,
            OutgoingCard outgoing) {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(host)
                .setPort(port)
                .setSsl(tls)
                .setURI(pathAndQuery(uri))
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(pinned, port)))
                .setFollowRedirects(false)
                .setConnectTimeout(settings.connectTimeout().toMillis())
                // a safety net behind the deadline below: a silent connection is closed in any case
                .setIdleTimeout(settings.requestTimeout().toMillis())
                .putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .putHeader(HttpHeaders.USER_AGENT, USER_AGENT);
        outgoing.headers().forEach(options::putHeader);
        String where = shown + " (" + pinned.getHostAddress() + ")";

        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        Promise<ProviderResponse> response = Promise.promise();
        // the whole exchange runs on one event loop: set up from this worker thread, a response could end
        // before its handlers were in place. A fresh event-loop context, not the caller's: a caller on a
        // Vert.x worker context would queue the exchange behind itself while it waits for the answer.
        Context context = ((VertxInternal) vertx).createEventLoopContext();
        context.runOnContext(v -> client.request(options)
                .compose(r -> {
                    request.set(r);
                    return r.send(Buffer.buffer(outgoing.body(), "UTF-8"));
                })
                .compose(this::readLimited)
                .onComplete(response));
        long timeout = settings.requestTimeout().toMillis();
        try {
            return response.future().toCompletionStage().toCompletableFuture().get(timeout, TimeUnit.MILLISECONDS)
                    .outcome(kind, clock.instant());
        } catch (TimeoutException e) {
            context.runOnContext(v -> {
                HttpClientRequest started = request.get();
                if (started != null) {
                    started.reset();
                }
            });
            return DeliveryOutcome.failedForNow("no answer from " + where + " within " + timeout + " ms",
                    Optional.empty());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // a webhook URL's path is its secret, and some of Vert.x's messages name the request's path
            String message = cause.getMessage() == null ? ""
                    : " " + cause.getMessage().replace(options.getURI(), "/…");
            return DeliveryOutcome.failedForNow("could not post to " + where + ": " + cause.getClass().getSimpleName()
                    + message, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.failedForNow("interrupted while posting to " + where, Optional.empty());
        }
    }

    /**
     * The answer up to the limit; past it the connection is dropped rather than read to the end, so a
     * receiver that streams without end costs neither memory nor time.
     */
    private Future<ProviderResponse> readLimited(HttpClientResponse response) {
        Promise<ProviderResponse> done = Promise.promise();
        Buffer body = Buffer.buffer();
        int limit = settings.maxResponseBytes();
        response.handler(chunk -> {
            if (done.future().isComplete()) {
                return;
            }
            int room = limit - body.length();
            if (chunk.length() <= room) {
                body.appendBuffer(chunk);
                return;
            }
            body.appendBuffer(chunk, 0, room);
            done.tryComplete(ProviderResponse.of(response, body, true));
            response.request().reset();
        });
        response.endHandler(v -> done.tryComplete(ProviderResponse.of(response, body, false)));
        response.exceptionHandler(done::tryFail);
        return done.future();
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** {@code [::1]} as URI gives it is {@code ::1} as a name to resolve. */
    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    @PreDestroy
    @Override
    public void close() {
        client.close();
    }
}
