package io.voc.web;

import io.quarkus.security.Authenticated;
import io.voc.card.application.ChannelView;
import io.voc.card.application.ManageChannels;
import io.voc.card.application.ManageSubscriptions;
import io.voc.card.application.SendTestCard;
import io.voc.card.model.ChannelSecrets;
import io.voc.card.model.EventKind;
import io.voc.card.model.Subscription;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import io.voc.web.security.CurrentCaller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Chat channels that receive cards, what they subscribe to, and a test card to check one works (docs/cards.md). */
@Path("/api/v1/cards/channels")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CardChannelApi {
    private final ManageChannels channels;
    private final ManageSubscriptions subscriptions;
    private final SendTestCard testCard;
    private final CurrentCaller caller;

    CardChannelApi(ManageChannels channels, ManageSubscriptions subscriptions, SendTestCard testCard,
            CurrentCaller caller) {
        this.channels = channels;
        this.subscriptions = subscriptions;
        this.testCard = testCard;
        this.caller = caller;
    }

    /**
     * @param kind slack, lark, teams or webhook
     * @param signingSecret what VOC signs pushes with (Lark custom bot secret, webhook shared secret)
     * @param callbackSecret what callbacks are verified with (Slack signing secret, Lark encrypt key, webhook
     *        shared secret)
     * @param products the products whose cards may go there; or allProducts
     */
    public record NewChannel(String name, String kind, String url, String signingSecret, String callbackSecret,
            List<String> products, Boolean allProducts) {
    }

    public record Channels(List<ChannelView> items) {
    }

    /** @param products null: all the channel's products */
    public record NewSubscription(List<String> events, List<String> products) {
    }

    public record SubscriptionJson(UUID id, UUID channelId, List<String> events, boolean allProducts,
            List<String> products, String createdBy, Instant createdAt) {
        static SubscriptionJson of(Subscription s) {
            return new SubscriptionJson(s.id(), s.channelId(), s.events().stream().map(EventKind::wireName).sorted()
                    .toList(), s.products().isAll(), s.products().products().stream().map(ProductKey::value).sorted()
                    .toList(), s.createdBy(), s.createdAt());
        }
    }

    public record Subscriptions(List<SubscriptionJson> items) {
    }

    public record TestCard(String product) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a chat channel", description = "Needs the query scope. The URL must be https and "
            + "must not lead into VOC's own network; secrets are stored sealed and never shown again.")
    public Response create(NewChannel body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON object with name, kind, url and products is required");
        }
        ChannelView view = channels.create(caller.get(), body.name(), body.kind(), body.url(),
                new ChannelSecrets(body.signingSecret(), body.callbackSecret()),
                scope(body.products(), Boolean.TRUE.equals(body.allProducts())));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Operation(summary = "List chat channels", description = "Yours; admins see every channel.")
    public Channels list() {
        return new Channels(channels.list(caller.get()));
    }

    @GET
    @Path("/{id}")
    public ChannelView get(@PathParam("id") String id) {
        return channels.get(caller.get(), channelId(id));
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Disable a channel", description = "No new cards; queued ones wait until it is enabled.")
    public ChannelView disable(@PathParam("id") String id) {
        return channels.disable(caller.get(), channelId(id));
    }

    @POST
    @Path("/{id}/enable")
    public ChannelView enable(@PathParam("id") String id) {
        return channels.enable(caller.get(), channelId(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a channel", description = "With its subscriptions and its deliveries.")
    public Response delete(@PathParam("id") String id) {
        channels.delete(caller.get(), channelId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/subscriptions")
    public Subscriptions subscriptions(@PathParam("id") String id) {
        return new Subscriptions(subscriptions.list(caller.get(), channelId(id)).stream()
                .map(SubscriptionJson::of).toList());
    }

    @POST
    @Path("/{id}/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a channel", description = "events: alert_fired, emerging_issue, digest, "
            + "experiment_result; products: some of the channel's, or all of them when left out.")
    public Response subscribe(@PathParam("id") String id, NewSubscription body) {
        if (body == null) {
            throw new InvalidInputException("events", "a JSON object with events is required");
        }
        Subscription subscription = subscriptions.add(caller.get(), channelId(id), events(body.events()),
                body.products() == null ? null : scope(body.products(), false));
        return Response.status(Response.Status.CREATED).entity(SubscriptionJson.of(subscription)).build();
    }

    @DELETE
    @Path("/{id}/subscriptions/{subscription}")
    public Response unsubscribe(@PathParam("id") String id, @PathParam("subscription") String subscription) {
        subscriptions.remove(caller.get(), channelId(id), PathIds.uuid(subscription, "subscription"));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a test card", description = "Queued for this channel only; the delivery log shows "
            + "how it went. product: which of the channel's products (its first when left out).")
    public Response test(@PathParam("id") String id, TestCard body) {
        SendTestCard.Queued queued = testCard.send(caller.get(), channelId(id), body == null ? null : body.product());
        return Response.accepted(queued).build();
    }

    static ProductScope scope(List<String> products, boolean all) {
        if (all) {
            if (products != null && !products.isEmpty()) {
                throw new InvalidInputException("products", "give products or allProducts, not both");
            }
            return ProductScope.allProducts();
        }
        if (products == null || products.isEmpty()) {
            throw new InvalidInputException("products", "products is required: a list, or allProducts: true");
        }
        return ProductScope.only(products.stream().map(ProductKey::new).collect(Collectors.toSet()));
    }

    static Set<EventKind> events(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException("events", "events is required: one or more of alert_fired, "
                    + "emerging_issue, digest, experiment_result");
        }
        Set<EventKind> events = EnumSet.noneOf(EventKind.class);
        values.forEach(v -> events.add(EventKind.parse(v)));
        return events;
    }

    static UUID channelId(String id) {
        return PathIds.uuid(id, "channel");
    }
}
