package io.voc.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server on a random local port that plays the chat providers VOC pushes cards to, for tests
 * that cannot reach Slack or Lark: a Slack incoming webhook ({@code /slack/...}, answers {@code ok}), a Lark
 * custom bot ({@code /lark/...}, checks {@code timestamp} and {@code sign} like Lark and answers Lark's
 * JSON codes), a Teams incoming webhook ({@code /teams/...}, answers {@code 1}) and a team's own receiver
 * of VOC's plain webhook ({@code /webhook/...}, checks {@code X-VOC-Signature}). Signatures are recomputed
 * here from the published schemes, not with VOC's code, so a mistake in VOC's signing shows.
 *
 * <p>Every request is recorded with whether its signature verified. The next requests can be told to fail
 * (a status, 429 with {@code Retry-After}), to redirect, to never answer or to answer without end.
 */
public final class ChatReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LARK_MAX_AGE_SECONDS = 3600;
    private static final long WEBHOOK_MAX_AGE_SECONDS = 300;

    public enum Provider {
        SLACK("/slack/services/T0VOC0000/B0VOC0000/vocTestHookToken"),
        LARK("/lark/open-apis/bot/v2/hook/0b7e-voc-test-bot"),
        TEAMS("/teams/webhookb2/voc-test/IncomingWebhook/1"),
        WEBHOOK("/webhook/voc-cards");

        private final String path;

        Provider(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        static Provider of(String path) {
            for (Provider p : values()) {
                if (path.startsWith("/" + p.name().toLowerCase(Locale.ROOT) + "/")) {
                    return p;
                }
            }
            return null;
        }
    }

    /** How a request's signature read: the provider has none, it matched, or it did not. */
    public enum Signature { NONE, VERIFIED, FAILED }

    /** One request as it arrived, and what the receiver answered. */
    public record Received(Provider provider, String method, String path, Map<String, List<String>> headers,
            String body, Signature signature, int answeredStatus, Instant at) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public boolean signatureVerified() {
            return signature == Signature.VERIFIED;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("the body is not JSON: " + body, e);
            }
        }
    }

    /** An answer given instead of the provider's own, to the next {@code remaining} requests. */
    private static final class Scripted {
        final int status;
        final Map<String, String> headers;
        final String body;
        final Behaviour behaviour;
        int remaining;

        Scripted(int remaining, int status, Map<String, String> headers, String body, Behaviour behaviour) {
            this.remaining = remaining;
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.behaviour = behaviour;
        }
    }

    private enum Behaviour { ANSWER, STALL, STREAM_ENDLESSLY }

    private record Verdict(Signature signature, int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chat-receiver");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Received> received = new ArrayList<>();
    private final Deque<Scripted> script = new ArrayDeque<>();
    private volatile Duration answerDelay = Duration.ZERO;
    private volatile String larkSecret;
    private volatile String webhookSecret;

    private ChatReceiver(InetAddress bindAddress) throws IOException {
        server = HttpServer.create(new InetSocketAddress(bindAddress, 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A receiver on 127.0.0.1. */
    public static ChatReceiver start() {
        return start(InetAddress.getLoopbackAddress());
    }

    /** A receiver on another local address (such as 127.0.0.2, to tell where a request really went). */
    public static ChatReceiver start(InetAddress bindAddress) {
        try {
            return new ChatReceiver(bindAddress);
        } catch (IOException e) {
            throw new UncheckedIOException("the chat receiver could not start", e);
        }
    }

    /** Every request is answered this long after it arrived, as by a busy receiver. */
    public ChatReceiver answerAfter(Duration delay) {
        this.answerDelay = delay;
        return this;
    }

    /** The Lark bot has "signature verification" on with this secret. */
    public ChatReceiver larkSecret(String secret) {
        this.larkSecret = secret;
        return this;
    }

    /** The team's receiver checks VOC's webhooks with this shared secret. */
    public ChatReceiver webhookSecret(String secret) {
        this.webhookSecret = secret;
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The provider's address on this receiver, as {@code http://127.0.0.1:port/...}. */
    public String url(Provider provider) {
        return url(provider, server.getAddress().getAddress().getHostAddress());
    }

    /** The same address under another host name (which must lead here, e.g. {@code localhost}). */
    public String url(Provider provider, String host) {
        return "http://" + host + ":" + port() + provider.path();
    }

    /**
     * A Slack {@code response_url} on this receiver (Slack's are {@code https://hooks.slack.com/actions/...}):
     * takes a message like an incoming webhook does and answers {@code ok}.
     */
    public String slackResponseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port()
                + "/slack/actions/T0VOC0000/1234567890123/vocResponseUrlToken";
    }

    /** The next {@code n} requests get {@code status} (e.g. 500) with a short body. */
    public void failNext(int n, int status) {
        answerNext(n, status, "failing as told");
    }

    /** The next {@code n} requests get 429 with {@code Retry-After: seconds}, as a throttling provider. */
    public void throttleNext(int n, int retryAfterSeconds) {
        enqueue(new Scripted(n, 429, Map.of("Retry-After", Integer.toString(retryAfterSeconds)), "rate_limited",
                Behaviour.ANSWER));
    }

    /** The next {@code n} requests get a redirect ({@code status} 301, 302, 303, 307 or 308) to {@code location}. */
    public void redirectNext(int n, int status, String location) {
        enqueue(new Scripted(n, status, Map.of("Location", location), "", Behaviour.ANSWER));
    }

    /** The next {@code n} requests get {@code status} and {@code body} instead of the provider's answer. */
    public void answerNext(int n, int status, String body) {
        enqueue(new Scripted(n, status, Map.of(), body, Behaviour.ANSWER));
    }

    /** The next {@code n} requests are read and never answered (until the receiver closes). */
    public void stallNext(int n) {
        enqueue(new Scripted(n, 0, Map.of(), "", Behaviour.STALL));
    }

    /** The next {@code n} requests get 200 and a body that does not end until the client hangs up. */
    public void streamEndlesslyNext(int n) {
        enqueue(new Scripted(n, 200, Map.of(), "", Behaviour.STREAM_ENDLESSLY));
    }

    public synchronized List<Received> requests() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests have arrived; all of them, or fails after {@code timeout}. */
    public synchronized List<Received> awaitRequests(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " requests within " + timeout + ", got "
                        + received.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }

    /** Forgets what arrived and what was scripted, for a test that reuses the receiver. */
    public synchronized void reset() {
        received.clear();
        script.clear();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private synchronized void enqueue(Scripted scripted) {
        script.addLast(scripted);
    }

    private synchronized Scripted nextScripted() {
        Scripted next = script.peekFirst();
        if (next == null) {
            return null;
        }
        if (--next.remaining <= 0) {
            script.removeFirst();
        }
        return next;
    }

    private synchronized void record(Received request) {
        received.add(request);
        notifyAll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            Provider provider = Provider.of(path);
            Verdict verdict = provider == null ? new Verdict(Signature.NONE, 404, "no such hook")
                    : providerAnswer(provider, headers, body);
            Scripted scripted = nextScripted();
            int status = scripted == null ? verdict.status() : scripted.status;
            record(new Received(provider, exchange.getRequestMethod(), path, headers, body, verdict.signature(), status,
                    Instant.now()));
            pause(answerDelay);
            if (scripted == null) {
                answer(exchange, verdict.status(), Map.of(), verdict.body());
            } else {
                switch (scripted.behaviour) {
                    case ANSWER -> answer(exchange, scripted.status, scripted.headers, scripted.body);
                    case STALL -> stall();
                    case STREAM_ENDLESSLY -> streamEndlessly(exchange);
                }
            }
        }
    }

    private Verdict providerAnswer(Provider provider, Map<String, List<String>> headers, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        return switch (provider) {
            case SLACK -> slack(json);
            case LARK -> lark(json);
            case TEAMS -> teams(json);
            case WEBHOOK -> webhook(first(headers, "X-VOC-Timestamp"), first(headers, "X-VOC-Signature"), body);
        };
    }

    /** Slack incoming webhooks: {@code ok}, or 400 with the error's name. No signature on this way. */
    private static Verdict slack(JsonNode json) {
        if (json == null || !json.isObject()) {
            return new Verdict(Signature.NONE, 400, "invalid_payload");
        }
        if (!json.hasNonNull("text") && !json.path("blocks").isArray()) {
            return new Verdict(Signature.NONE, 400, "no_text");
        }
        return new Verdict(Signature.NONE, 200, "ok");
    }

    /**
     * Lark custom bots answer HTTP 200 with a code. With signature verification on, {@code sign} must be
     * Base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty message)) and the timestamp within an hour.
     */
    private Verdict lark(JsonNode json) {
        if (json == null || !json.isObject() || !json.hasNonNull("msg_type")) {
            return new Verdict(Signature.NONE, 200, "{\"code\":9499,\"msg\":\"Bad Request\",\"data\":{}}");
        }
        String secret = larkSecret;
        Signature signature = Signature.NONE;
        if (secret != null) {
            String timestamp = json.path("timestamp").asText("");
            boolean fresh = isRecent(timestamp, LARK_MAX_AGE_SECONDS);
            String expected = fresh ? Base64.getEncoder().encodeToString(hmacSha256(timestamp + "\n" + secret, ""))
                    : null;
            signature = fresh && sameText(expected, json.path("sign").asText(null)) ? Signature.VERIFIED
                    : Signature.FAILED;
            if (signature == Signature.FAILED) {
                return new Verdict(signature, 200, "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not "
                        + "within one hour from current time\",\"data\":{}}");
            }
        }
        return new Verdict(signature, 200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}");
    }

    /** Teams incoming webhooks take a message with attachments and answer {@code 1}. */
    private static Verdict teams(JsonNode json) {
        if (json == null || !"message".equals(json.path("type").asText()) || json.path("attachments").isEmpty()) {
            return new Verdict(Signature.NONE, 400, "Bad payload received by generic incoming webhook.");
        }
        return new Verdict(Signature.NONE, 200, "1");
    }

    /** A team's receiver of VOC's webhooks, checking as docs/cards.md tells it to. */
    private Verdict webhook(String timestamp, String signature, String body) {
        String secret = webhookSecret;
        if (secret == null) {
            return new Verdict(Signature.NONE, 200, "");
        }
        String expected = "sha256=" + HexFormat.of().formatHex(hmacSha256(secret, timestamp + "." + body));
        return isRecent(timestamp, WEBHOOK_MAX_AGE_SECONDS) && sameText(expected, signature)
                ? new Verdict(Signature.VERIFIED, 200, "")
                : new Verdict(Signature.FAILED, 401, "signature does not verify");
    }

    private static void answer(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stall() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void streamEndlessly(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "endless ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        OutputStream out = exchange.getResponseBody();
        try {
            // bounded all the same (1 GiB), so a client that never hangs up cannot keep a test running for ever
            for (int i = 0; i < 131_072 && closing.getCount() > 0; i++) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException hungUp) {
            // the client stopped reading: that is what this answer is for
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean isRecent(String timestamp, long maxAgeSeconds) {
        try {
            return Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= maxAgeSeconds;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameText(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmacSha256(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
