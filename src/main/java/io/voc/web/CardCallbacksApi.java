package io.voc.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Where chat providers send button clicks. These are the only API endpoints without a VOC caller: no
 * session, token or CSRF token - a provider has none - so each request proves itself with its provider's
 * signature over the raw body, checked with the callback secret of the channel named in the path
 * ({@code /api/v1/cards/callbacks/{slack|lark|webhook}/{channel id}}). The body is read as bytes, as sent:
 * a signature over anything parsed and re-written would not verify. docs/cards.md "Callbacks".
 */
@PermitAll
@Path("/api/v1/cards/callbacks")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class CardCallbacksApi {
    private final SlackCallbacks slack;
    private final LarkCallbacks lark;
    private final WebhookCallbacks webhook;

    CardCallbacksApi(SlackCallbacks slack, LarkCallbacks lark, WebhookCallbacks webhook) {
        this.slack = slack;
        this.lark = lark;
        this.webhook = webhook;
    }

    /** Slack's interactivity request URL: a form with {@code payload=} (block_actions JSON). */
    @POST
    @Path("/slack/{channel}")
    public Response slack(@PathParam("channel") String channel,
            @HeaderParam("X-Slack-Request-Timestamp") String timestamp,
            @HeaderParam("X-Slack-Signature") String signature, byte[] body) {
        return slack.receive(CallbackBodies.channelId(channel), timestamp, signature, CallbackBodies.utf8(body));
    }

    /** A Lark app's card callback URL: the URL check, and card actions (encrypted with the app's Encrypt Key). */
    @POST
    @Path("/lark/{channel}")
    public Response lark(@PathParam("channel") String channel,
            @HeaderParam("X-Lark-Request-Timestamp") String timestamp,
            @HeaderParam("X-Lark-Request-Nonce") String nonce,
            @HeaderParam("X-Lark-Signature") String signature, byte[] body) {
        return lark.receive(CallbackBodies.channelId(channel), timestamp, nonce, signature, CallbackBodies.utf8(body));
    }

    /** A team's own receiver of VOC's webhooks, sending a click back, signed like VOC's webhooks. */
    @POST
    @Path("/webhook/{channel}")
    public Response webhook(@PathParam("channel") String channel,
            @HeaderParam("X-VOC-Timestamp") String timestamp,
            @HeaderParam("X-VOC-Signature") String signature, byte[] body) {
        return webhook.receive(CallbackBodies.channelId(channel), timestamp, signature, CallbackBodies.utf8(body));
    }

    /**
     * Without the channel VOC could only guess whose secret to check (several Slack or Lark apps may point at
     * one VOC): said plainly instead of a bare 404.
     */
    @POST
    @Path("/{provider}")
    public Response withoutChannel(@PathParam("provider") String provider) {
        return ApiErrorMappers.error(Response.Status.NOT_FOUND, "channel_required", "callbacks go to "
                + "/api/v1/cards/callbacks/{slack|lark|webhook}/{channel id}: the channel's secret verifies them", null);
    }
}
