package io.voc.card.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.card.application.SlackReplies;
import io.voc.card.model.Card;
import io.voc.card.model.CardRenderers;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChatMarkup;
import io.voc.card.model.DeliveryOutcome;
import io.voc.platform.VocConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Posts answers to Slack clicks to their {@code response_url}, in the background (Slack has long been told
 * "200" by then), through {@link ChatPoster}: the same address check, pinning, timeouts and no redirects as a
 * card. Only Slack's own {@code https://hooks.slack.com/...} is called - the URL arrives in a signed payload,
 * but a signing secret leaked elsewhere must not turn VOC into a client for any address - or a host an admin
 * allowed ({@code voc.cards.allowed-hosts}, for a stand-in of Slack in tests). A failed answer is logged; the
 * change itself is saved, and every other card of the alert shows it.
 */
@ApplicationScoped
class SlackResponseUrls implements SlackReplies {
    private static final Logger LOG = Logger.getLogger(SlackResponseUrls.class);
    private static final String SLACK_HOST = "hooks.slack.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatPoster poster;
    private final Set<String> allowedHosts;
    /** A few threads and a bounded queue: a flood of clicks waits or is dropped, never exhausts memory. */
    private final ExecutorService senders = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1_000), r -> {
                Thread t = new Thread(r, "voc-slack-replies");
                t.setDaemon(true);
                return t;
            });

    SlackResponseUrls(ChatPoster poster, VocConfig config) {
        this.poster = poster;
        this.allowedHosts = config.cards().allowedHosts().orElse(Set.of()).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toSet());
    }

    @Override
    public void replaceMessage(String responseUrl, Card card) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("replace_original", true);
        body.putAll(CardRenderers.slack(card));
        post(responseUrl, body);
    }

    @Override
    public void tellClicker(String responseUrl, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("response_type", "ephemeral");
        body.put("replace_original", false);
        body.put("text", ChatMarkup.slack(text));
        post(responseUrl, body);
    }

    private void post(String responseUrl, Map<String, Object> body) {
        Optional<URI> uri = slacks(responseUrl);
        if (uri.isEmpty()) {
            return;
        }
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Slack message is maps, lists and strings: it always serialises", e);
        }
        String shown = uri.get().getScheme() + "://" + uri.get().getHost() + "/…";
        try {
            senders.execute(() -> {
                DeliveryOutcome outcome = poster.postJson(ChannelKind.SLACK, uri.get(), shown, json);
                if (!outcome.delivered()) {
                    LOG.warnf("answer to a Slack click not taken by %s: %s", shown, outcome.detail());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warnf("answer to a Slack click dropped: %d answers already waiting", 1_000);
        }
    }

    /** The response_url if it is Slack's (or an allowed host's); logged and empty otherwise. */
    private Optional<URI> slacks(String responseUrl) {
        try {
            URI uri = new URI(responseUrl.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean slack = "https".equalsIgnoreCase(uri.getScheme()) && host.equals(SLACK_HOST);
            boolean allowed = ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && allowedHosts.contains(host) && uri.getUserInfo() == null;
            if (slack || allowed) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // told below
        }
        LOG.warnf("a Slack click's response_url is not Slack's (https://%s/...): not answered", SLACK_HOST);
        return Optional.empty();
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
