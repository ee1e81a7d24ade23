package io.voc.web;

import io.voc.account.application.Caller;
import io.voc.card.application.ChannelView;
import io.voc.card.application.ManageChannels;
import io.voc.card.application.ManageSubscriptions;
import io.voc.card.application.SendTestCard;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChannelSecrets;
import io.voc.card.model.EventKind;
import io.voc.platform.VocConfig;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pages where analysts and admins connect VOC to their team's chats: the channels they own (admins:
 * all), a form for a new one, and per channel its subscriptions, a test card, disable/enable and delete.
 */
@RolesAllowed(Access.QUERY)
@Path("/cards")
@Produces(MediaType.TEXT_HTML)
public class CardChannelsPage {
    private static final Map<String, String> NOTICES = Map.of(
            "created", "Channel set up. Subscribe it to some events, then send a test card.",
            "subscribed", "Subscribed.",
            "unsubscribed", "Subscription removed.",
            "tested", "Test card queued: it arrives within seconds; the delivery log says how it went.",
            "disabled", "Disabled: no new cards; queued ones wait until it is enabled again.",
            "enabled", "Enabled.",
            "deleted", "Channel deleted.");
    static final List<String> KINDS = Arrays.stream(ChannelKind.values()).map(ChannelKind::wireName).toList();
    static final List<String> EVENTS = Arrays.stream(EventKind.values()).map(EventKind::wireName).toList();

    private final Pages pages;
    private final ManageChannels channels;
    private final ManageSubscriptions subscriptions;
    private final SendTestCard testCard;
    private final ProductChoices productChoices;
    private final CurrentCaller caller;
    private final String publicUrl;

    CardChannelsPage(Pages pages, ManageChannels channels, ManageSubscriptions subscriptions, SendTestCard testCard,
            ProductChoices productChoices, CurrentCaller caller, VocConfig config) {
        this.pages = pages;
        this.channels = channels;
        this.subscriptions = subscriptions;
        this.testCard = testCard;
        this.productChoices = productChoices;
        this.caller = caller;
        this.publicUrl = config.cards().publicUrl().replaceAll("/+$", "");
    }

    /** What the new-channel form holds, to show it again after a refusal; never the secrets. */
    public record NewChannelForm(String name, String kind, String url, boolean allProducts, String products) {
        static final NewChannelForm EMPTY = new NewChannelForm("", "slack", "", false, "");
    }

    @GET
    public String list(@QueryParam("done") String done) {
        return renderList(NewChannelForm.EMPTY, PageForms.notice(NOTICES, done), null);
    }

    @POST
    @Path("/channels")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("kind") String kind,
            @FormParam("url") String url, @FormParam("signingSecret") String signingSecret,
            @FormParam("callbackSecret") String callbackSecret, @FormParam("allProducts") String allProducts,
            @FormParam("products") String products) {
        NewChannelForm form = new NewChannelForm(name, kind, url, allProducts != null, products);
        return PageForms.answer(() -> {
            ChannelView created = channels.create(caller.get(), name, kind, url,
                    new ChannelSecrets(blankIsNone(signingSecret), blankIsNone(callbackSecret)),
                    UsersPage.products(allProducts, products));
            return Response.seeOther(URI.create(channelPath(created.id()) + "?done=created")).build();
        }, problem -> renderList(form, null, problem));
    }

    @GET
    @Path("/channels/{id}")
    public Response channel(@PathParam("id") String id, @QueryParam("done") String done) {
        return PageForms.answer(() -> PageForms.html(Response.Status.OK,
                renderChannel(CardChannelApi.channelId(id), PageForms.notice(NOTICES, done), null)),
                problem -> renderList(NewChannelForm.EMPTY, null, problem));
    }

    @POST
    @Path("/channels/{id}/subscriptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(@PathParam("id") String id, @FormParam("events") List<String> events,
            @FormParam("products") String products) {
        UUID channel = CardChannelApi.channelId(id);
        List<String> listed = PageForms.commaSeparated(products);
        return change(channel, () -> subscriptions.add(caller.get(), channel, CardChannelApi.events(events),
                listed.isEmpty() ? null : CardChannelApi.scope(listed, false)), "subscribed");
    }

    @POST
    @Path("/channels/{id}/subscriptions/{subscription}/remove")
    public Response unsubscribe(@PathParam("id") String id, @PathParam("subscription") String subscription) {
        UUID channel = CardChannelApi.channelId(id);
        return change(channel, () -> subscriptions.remove(caller.get(), channel,
                PathIds.uuid(subscription, "subscription")), "unsubscribed");
    }

    @POST
    @Path("/channels/{id}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response test(@PathParam("id") String id, @FormParam("product") String product) {
        UUID channel = CardChannelApi.channelId(id);
        return change(channel, () -> testCard.send(caller.get(), channel, product), "tested");
    }

    @POST
    @Path("/channels/{id}/disable")
    public Response disable(@PathParam("id") String id) {
        UUID channel = CardChannelApi.channelId(id);
        return change(channel, () -> channels.disable(caller.get(), channel), "disabled");
    }

    @POST
    @Path("/channels/{id}/enable")
    public Response enable(@PathParam("id") String id) {
        UUID channel = CardChannelApi.channelId(id);
        return change(channel, () -> channels.enable(caller.get(), channel), "enabled");
    }

    @POST
    @Path("/channels/{id}/delete")
    public Response delete(@PathParam("id") String id) {
        UUID channel = CardChannelApi.channelId(id);
        return PageForms.redirectAfter(() -> channels.delete(caller.get(), channel), "/cards?done=deleted",
                problem -> renderChannel(channel, null, problem));
    }

    /** A change on a channel's page, then back to it with a notice (or the page with the reason). */
    private Response change(UUID channel, Runnable action, String done) {
        return PageForms.redirectAfter(action, channelPath(channel) + "?done=" + done,
                problem -> renderChannel(channel, null, problem));
    }

    private String renderList(NewChannelForm form, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("channels", channels.list(caller.get()));
        model.put("form", form);
        model.put("kinds", KINDS);
        model.put("notice", notice);
        model.put("problem", problem);
        return pages.render("cards", model);
    }

    private String renderChannel(UUID id, String notice, String problem) {
        Caller me = caller.get();
        ChannelView channel = channels.get(me, id);
        Map<String, Object> model = new HashMap<>();
        model.put("channel", channel);
        model.put("subscriptions", subscriptions.list(me, id).stream().map(CardChannelApi.SubscriptionJson::of)
                .toList());
        model.put("events", EVENTS);
        // where the provider sends button clicks: the chat app's settings need it (Teams cards use links instead)
        model.put("callbackUrl", ChannelKind.parse(channel.kind()).hasCallbacks()
                ? publicUrl + "/api/v1/cards/callbacks/" + channel.kind() + "/" + channel.id() : null);
        model.put("testProducts", channel.allProducts() ? productChoices.visibleTo(me.products()) : channel.products());
        model.put("notice", notice);
        model.put("problem", problem);
        return pages.render("card-channel", model);
    }

    static String channelPath(UUID id) {
        return "/cards/channels/" + id;
    }

    private static String blankIsNone(String secret) {
        return secret == null || secret.isBlank() ? null : secret;
    }
}
