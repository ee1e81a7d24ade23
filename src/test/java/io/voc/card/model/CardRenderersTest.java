package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One alert's card in each provider's format, read back as the provider would: the title, the buttons and
 * what they carry, and a user's hostile words shown as text (no mention, no link, no markup).
 */
class CardRenderersTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Alert alert = Alert.raise(new ProductKey("pocketbank"), "Login crashes on 3.9.0",
            "<!channel> @all users say: <at id=all></at> *crash* [here](http://evil.example)",
            "/emerging?product=pocketbank", NOW);
    private final Card card = Card.of(alert, EventKind.EMERGING_ISSUE, List.of(new Card.Fact("Negative", "85%")),
            "https://voc.example.com", NOW);

    @Test
    void slackBlockKit() {
        JsonNode slack = JSON.valueToTree(CardRenderers.slack(card));
        assertEquals("Login crashes on 3.9.0", slack.at("/blocks/0/text/text").asText());
        String text = slack.at("/blocks/1/text/text").asText();
        assertTrue(text.contains("&lt;!channel&gt;") && text.contains("@\u200Ball"), text);
        assertFalse(text.contains("<!channel>") || text.contains("<http"), text);
        JsonNode buttons = slack.at("/blocks/3/elements");
        assertEquals(List.of("acknowledge", "assign_to_me", "resolve", "mute_24h", "open"),
                buttons.findValuesAsText("action_id"));
        assertEquals(alert.id().toString(), buttons.get(0).get("value").asText());
        assertEquals("https://voc.example.com/emerging?product=pocketbank", buttons.get(4).get("url").asText());
    }

    @Test
    void larkInteractiveCard() {
        JsonNode lark = JSON.valueToTree(CardRenderers.lark(card));
        String text = lark.at("/elements/0/text/content").asText();
        assertFalse(text.contains("<at") || text.contains("*crash*") || text.contains("](http"), text);
        JsonNode ack = lark.at("/elements/3/actions/0");
        assertEquals("acknowledge", ack.at("/value/action").asText());
        assertEquals(alert.id().toString(), ack.at("/value/alert").asText());
        assertEquals("red", lark.at("/header/template").asText(), "an open alert is red");
        assertTrue(lark.at("/config/update_multi").asBoolean(), "one card, updated in place for everyone");
    }

    @Test
    void teamsAdaptiveCardWithSignedLinksForItsActions() {
        JsonNode teams = JSON.valueToTree(CardRenderers.teams(card, a -> "https://voc.example.com/cards/act/" + a.id()));
        assertEquals("application/vnd.microsoft.card.adaptive", teams.at("/attachments/0/contentType").asText());
        JsonNode adaptive = teams.at("/attachments/0/content");
        assertEquals("1.4", adaptive.get("version").asText());
        assertEquals("https://voc.example.com/cards/act/acknowledge", adaptive.at("/actions/0/url").asText());
        assertEquals("Action.OpenUrl", adaptive.at("/actions/0/type").asText());
    }

    @Test
    void aResolvedAlertOnlyOpensAndThePlainWebhookSaysSo() {
        alert.apply(CardAction.RESOLVE, "carol", NOW);
        Card resolved = Card.of(alert, EventKind.ALERT_FIRED, List.of(), "https://voc.example.com", NOW);
        assertEquals(List.of(CardAction.OPEN), resolved.actions());
        JsonNode hook = JSON.valueToTree(CardRenderers.webhook(resolved, "d-1", "https://voc.example.com/api/v1/cards/callbacks/webhook"));
        assertEquals("Resolved by carol", hook.at("/alert/status").asText());
        assertEquals(0, hook.get("actions").size());
        assertEquals("alert_fired", hook.get("event").asText());
        assertEquals("green", JSON.valueToTree(CardRenderers.lark(resolved)).at("/header/template").asText());
    }
}
