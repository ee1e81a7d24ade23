package io.voc.web;

import io.voc.card.application.ManageDeliveries;
import io.voc.card.application.Outbox;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admins' delivery log of cards: newest first, what each channel's provider answered, which deliveries
 * are still retrying and which are parked (with the reason), and a button to send a parked one again once
 * its channel is fixed.
 */
@RolesAllowed(Access.ADMIN)
@Path("/cards/deliveries")
@Produces(MediaType.TEXT_HTML)
public class CardDeliveriesPage {
    private static final Map<String, String> NOTICES = Map.of("retried", "Sent again: it goes out within seconds.");
    static final List<String> STATUSES = List.of("pending", "delivered", "parked");

    private final Pages pages;
    private final ManageDeliveries deliveries;
    private final CurrentCaller caller;

    CardDeliveriesPage(Pages pages, ManageDeliveries deliveries, CurrentCaller caller) {
        this.pages = pages;
        this.deliveries = deliveries;
        this.caller = caller;
    }

    @GET
    public Response log(@QueryParam("status") String status, @QueryParam("channel") String channel,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        return PageForms.answer(() -> PageForms.html(Response.Status.OK,
                render(status, channel, page, PageForms.notice(NOTICES, done), null)),
                problem -> render(null, null, 0, null, problem));
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") String id) {
        return PageForms.redirectAfter(() -> deliveries.retry(caller.get(), PathIds.uuid(id, "delivery")),
                "/cards/deliveries?status=pending&done=retried", problem -> render(null, null, 0, null, problem));
    }

    private String render(String status, String channel, int page, String notice, String problem) {
        Outbox.LogPage found = deliveries.log(caller.get(),
                CardDeliveryApi.query(status, channel, Math.max(page, 0), CardDeliveryApi.PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("deliveries", found.entries().stream().map(CardDeliveryApi.DeliveryJson::of).toList());
        model.put("hasMore", found.hasMore());
        model.put("page", Math.max(page, 0));
        model.put("status", status == null ? "" : status);
        model.put("channel", channel == null ? "" : channel);
        model.put("statuses", STATUSES);
        model.put("notice", notice);
        model.put("problem", problem);
        return pages.render("card-deliveries", model);
    }
}
