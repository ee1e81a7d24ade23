package io.voc.web;

import io.quarkus.security.Authenticated;
import io.voc.card.application.ManageDeliveries;
import io.voc.card.application.Outbox;
import io.voc.card.model.Delivery;
import io.voc.card.model.DeliveryStatus;
import io.voc.platform.model.InvalidInputException;
import io.voc.web.security.CurrentCaller;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The delivery log of cards (admins): what went where and what the provider said; parked ones sent again. */
@Path("/api/v1/cards/deliveries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CardDeliveryApi {
    static final int PAGE_SIZE = 50;

    private final ManageDeliveries deliveries;
    private final CurrentCaller caller;

    CardDeliveryApi(ManageDeliveries deliveries, CurrentCaller caller) {
        this.deliveries = deliveries;
        this.caller = caller;
    }

    public record DeliveryJson(UUID id, String status, int attempts, Instant createdAt, Instant nextAttemptAt,
            Instant deliveredAt, String lastResponse, String event, UUID channelId, String channel, String kind,
            UUID alertId, String alert, String product) {
        static DeliveryJson of(Outbox.LogEntry e) {
            Delivery.State d = e.delivery();
            return new DeliveryJson(d.id(), wire(d.status()), d.attempts(), d.createdAt(), d.nextAttemptAt(),
                    d.deliveredAt(), d.lastResponse(), e.event().wireName(), e.channelId(), e.channelName(),
                    e.kind().wireName(), e.alertId(), e.alertTitle(), e.product());
        }
    }

    public record Log(List<DeliveryJson> items, int page, boolean hasMore) {
    }

    public record Retried(UUID id, String status, Instant nextAttemptAt) {
    }

    @GET
    @Operation(summary = "The delivery log", description = "Newest first; status: pending, delivered or parked; "
            + "channel: a channel id. Admins only.")
    public Log log(@QueryParam("status") String status, @QueryParam("channel") String channel,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Outbox.LogPage found = deliveries.log(caller.get(), query(status, channel, page, size));
        return new Log(found.entries().stream().map(DeliveryJson::of).toList(), page, found.hasMore());
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a parked delivery again", description = "Once its channel is fixed. Admins only.")
    public Retried retry(@PathParam("id") String id) {
        Delivery retried = deliveries.retry(caller.get(), PathIds.uuid(id, "delivery"));
        return new Retried(retried.id(), wire(retried.status()), retried.nextAttemptAt());
    }

    static Outbox.LogQuery query(String status, String channel, int page, int size) {
        return new Outbox.LogQuery(status(status), channel == null || channel.isBlank() ? Optional.empty()
                : Optional.of(CardChannelApi.channelId(channel)), page, size);
    }

    static Optional<DeliveryStatus> status(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeliveryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be pending, delivered or parked");
        }
    }

    static String wire(DeliveryStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
