package io.voc.card.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One card in each provider's format, as plain maps and lists that serialise to the provider's JSON:
 * Slack Block Kit, a Lark interactive card, a Teams Adaptive Card 1.4 in a message attachment, and VOC's
 * documented JSON for plain webhooks (docs/cards.md). Every user-provided word goes through
 * {@link ChatMarkup} for the markup it lands in.
 */
public final class CardRenderers {
    private CardRenderers() {
    }

    /** Slack: buttons carry the action as {@code action_id} and the alert id as {@code value}. */
    public static Map<String, Object> slack(Card card) {
        List<Object> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", plainText(card.title())));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("type", "section");
        section.put("text", Map.of("type", "mrkdwn", "text",
                "*" + ChatMarkup.slack(card.product()) + "* · " + ChatMarkup.slack(card.text())));
        if (!card.facts().isEmpty()) {
            section.put("fields", card.facts().stream().map(f -> Map.of("type", "mrkdwn", "text",
                    "*" + ChatMarkup.slack(f.label()) + "*\n" + ChatMarkup.slack(f.value()))).toList());
        }
        blocks.add(section);
        blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text",
                ChatMarkup.slack(card.status())))));
        List<Object> buttons = new ArrayList<>();
        for (CardAction action : card.actions()) {
            Map<String, Object> button = new LinkedHashMap<>();
            button.put("type", "button");
            button.put("text", plainText(action.label()));
            button.put("action_id", action.id());
            if (action == CardAction.OPEN) {
                button.put("url", card.openUrl());
            } else {
                button.put("value", card.alertId().toString());
            }
            if (action == CardAction.ACKNOWLEDGE) {
                button.put("style", "primary");
            }
            buttons.add(button);
        }
        blocks.add(Map.of("type", "actions", "block_id", "voc-" + card.alertId(), "elements", buttons));
        return Map.of("text", ChatMarkup.plain(card.title()), "blocks", blocks);
    }

    /** Lark: buttons carry {@code {"action", "alert"}} as their value; the header colour says the status. */
    public static Map<String, Object> lark(Card card) {
        List<Object> elements = new ArrayList<>();
        elements.add(Map.of("tag", "div", "text", larkMd("**" + ChatMarkup.lark(card.product()) + "** · "
                + ChatMarkup.lark(card.text()))));
        if (!card.facts().isEmpty()) {
            elements.add(Map.of("tag", "div", "fields", card.facts().stream().map(f -> Map.of("is_short", true,
                    "text", larkMd("**" + ChatMarkup.lark(f.label()) + "**\n" + ChatMarkup.lark(f.value())))).toList()));
        }
        elements.add(Map.of("tag", "note", "elements", List.of(Map.of("tag", "plain_text",
                "content", ChatMarkup.plain(card.status())))));
        List<Object> buttons = new ArrayList<>();
        for (CardAction action : card.actions()) {
            Map<String, Object> button = new LinkedHashMap<>();
            button.put("tag", "button");
            button.put("text", Map.of("tag", "plain_text", "content", action.label()));
            button.put("type", action == CardAction.ACKNOWLEDGE ? "primary" : "default");
            if (action == CardAction.OPEN) {
                button.put("url", card.openUrl());
            } else {
                button.put("value", Map.of("action", action.id(), "alert", card.alertId().toString()));
            }
            buttons.add(button);
        }
        elements.add(Map.of("tag", "action", "actions", buttons));
        boolean open = card.actions().contains(CardAction.ACKNOWLEDGE);
        return Map.of(
                "config", Map.of("wide_screen_mode", true, "update_multi", true),
                "header", Map.of("title", Map.of("tag", "plain_text", "content", ChatMarkup.plain(card.title())),
                        "template", open ? "red" : card.callbackActions().isEmpty() ? "green" : "orange"),
                "elements", elements);
    }

    /**
     * Teams: an Adaptive Card 1.4 in a message attachment. Incoming webhooks send no clicks back, so every
     * action is an {@code Action.OpenUrl} to a signed, expiring VOC link ({@code actionLink}) that applies it
     * after the user signs in.
     */
    public static Map<String, Object> teams(Card card, Function<CardAction, String> actionLink) {
        List<Object> body = new ArrayList<>();
        body.add(Map.of("type", "TextBlock", "text", ChatMarkup.plain(card.title()), "weight", "Bolder", "size",
                "Medium", "wrap", true));
        body.add(Map.of("type", "TextBlock", "text", ChatMarkup.plain(card.product() + " · " + card.text()),
                "wrap", true));
        if (!card.facts().isEmpty()) {
            body.add(Map.of("type", "FactSet", "facts", card.facts().stream()
                    .map(f -> Map.of("title", ChatMarkup.plain(f.label()), "value", ChatMarkup.plain(f.value())))
                    .toList()));
        }
        body.add(Map.of("type", "TextBlock", "text", ChatMarkup.plain(card.status()), "isSubtle", true, "wrap", true));
        List<Object> actions = card.actions().stream().map(a -> (Object) Map.of("type", "Action.OpenUrl",
                "title", a.label(), "url", a == CardAction.OPEN ? card.openUrl() : actionLink.apply(a))).toList();
        Map<String, Object> adaptive = new LinkedHashMap<>();
        adaptive.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        adaptive.put("type", "AdaptiveCard");
        adaptive.put("version", "1.4");
        adaptive.put("body", body);
        adaptive.put("actions", actions);
        return Map.of("type", "message", "attachments", List.of(Map.of(
                "contentType", "application/vnd.microsoft.card.adaptive", "contentUrl", "", "content", adaptive)));
    }

    /**
     * A plain webhook: VOC's own JSON (docs/cards.md). {@code delivery} lets the receiver drop a repeat;
     * a click is answered by posting {@code {"event_id", "alert", "action", "user"}} to {@code callbackUrl}
     * (which names the channel), signed like the push.
     */
    public static Map<String, Object> webhook(Card card, String delivery, String callbackUrl) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("id", card.alertId().toString());
        alert.put("product", card.product());
        alert.put("title", card.title());
        alert.put("text", card.text());
        alert.put("status", card.status());
        alert.put("url", card.openUrl());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", 1);
        json.put("delivery", delivery);
        json.put("event", card.event().wireName());
        json.put("alert", alert);
        json.put("facts", card.facts().stream().map(f -> Map.of("label", f.label(), "value", f.value())).toList());
        json.put("actions", card.callbackActions().stream().map(a -> Map.of("id", a.id(), "label", a.label()))
                .toList());
        json.put("callbackUrl", callbackUrl);
        return json;
    }

    private static Map<String, Object> plainText(String text) {
        return Map.of("type", "plain_text", "text", ChatMarkup.plain(text), "emoji", true);
    }

    private static Map<String, Object> larkMd(String content) {
        return Map.of("tag", "lark_md", "content", content);
    }
}
