package io.voc.card.infrastructure;

import static io.voc.card.infrastructure.PostgresChannels.POSTGRES;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.voc.card.application.AlertCard;
import io.voc.card.application.DeliveryNotParkedException;
import io.voc.card.application.Outbox;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.Delivery;
import io.voc.card.model.DeliveryOutcome;
import io.voc.card.model.DeliveryStatus;
import io.voc.card.model.EventKind;
import io.voc.card.model.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The outbox {@code card_delivery}: claims with leases, outcomes, the parked ones sent again, the log. */
@ApplicationScoped
class PostgresOutbox implements Outbox {
    private static final Logger LOG = Logger.getLogger(PostgresOutbox.class);
    /**
     * Due, pending, not leased (or the lease ran out), channel enabled; oldest due first. SKIP LOCKED lets a
     * concurrent claimer pass over the rows this one is taking instead of waiting for them, and PostgreSQL
     * re-checks the lease condition on a row whose lock it gets after another claimer committed, so a row
     * is never claimed twice.
     */
    private static final String DUE = """
            select d.* from card_delivery d join card_channel c on c.id = d.channel_id
            where d.status = 'PENDING' and d.next_attempt_at <= :now
              and (d.leased_until is null or d.leased_until <= :now) and not c.disabled
            order by d.next_attempt_at, d.id
            limit :limit
            for update of d skip locked
            """;
    private static final String RECORD = """
            update DeliveryRow set status = :status, attempts = :attempts, nextAttemptAt = :nextAttemptAt,
                lastResponse = :lastResponse, deliveredAt = :deliveredAt, leasedBy = null, leasedUntil = null
            where id = :id and leasedBy = :instance
            """;
    private static final String RELEASE = """
            update DeliveryRow set leasedBy = null, leasedUntil = null
            where id in :ids and leasedBy = :instance and status = 'PENDING'
            """;
    private static final String POSTPONE = """
            update DeliveryRow set nextAttemptAt = :due, leasedBy = null, leasedUntil = null
            where id = :id and leasedBy = :instance and status = 'PENDING'
            """;
    private static final String LOG_PAGE = """
            select d, c.name, c.kind, a.title, a.product from DeliveryRow d, ChannelRow c, AlertRow a
            where c.id = d.channelId and a.id = d.alertId
            """;
    private static final String NEWEST_FIRST = " order by d.createdAt desc, d.id desc";

    private final SealedChannels sealed;

    PostgresOutbox(SealedChannels sealed) {
        this.sealed = sealed;
    }

    /** What one claim read: the leased rows with their channels' and alerts' rows. */
    private record Claim(List<DeliveryRow> deliveries, Map<UUID, ChannelRow> channels, Map<UUID, AlertRow> alerts) {
    }

    @Override
    public List<DueDelivery> claimDue(String instanceId, int limit, Duration lease, Instant now) {
        if (instanceId == null || instanceId.isBlank() || instanceId.length() > 100 || limit < 1
                || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("an instance id of 1-100 characters, limit >= 1 and a positive lease");
        }
        Instant until = now.plus(lease);
        Claim claim = POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(DUE, DeliveryRow.class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList())
                .chain(rows -> {
                    rows.forEach(row -> {
                        row.leasedBy = instanceId;
                        row.leasedUntil = until;
                    });
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(new Claim(rows, Map.of(), Map.of()));
                    }
                    List<UUID> channelIds = rows.stream().map(r -> r.channelId).distinct().toList();
                    List<UUID> alertIds = rows.stream().map(r -> r.alertId).distinct().toList();
                    return ChannelRow.<ChannelRow>list("id in ?1", channelIds)
                            .chain(channels -> AlertRow.<AlertRow>list("id in ?1", alertIds)
                                    .map(alerts -> new Claim(rows, byId(channels, c -> c.id), byId(alerts, a -> a.id))));
                })));
        // Secrets are opened after the transaction, outside the event loop.
        Map<UUID, Optional<ChatChannel>> channels = new HashMap<>();
        List<DueDelivery> due = new ArrayList<>();
        for (DeliveryRow row : claim.deliveries()) {
            Optional<ChatChannel> channel = channels.computeIfAbsent(row.channelId,
                    id -> opened(claim.channels().get(id)));
            if (channel.isEmpty()) {
                park(instanceId, row.toDelivery(), now);
                continue;
            }
            AlertCard alert = claim.alerts().get(row.alertId).toAlertCard();
            due.add(new DueDelivery(row.toDelivery(), EventKind.valueOf(row.event), channel.get(), alert));
        }
        return due;
    }

    private Optional<ChatChannel> opened(ChannelRow row) {
        try {
            return Optional.of(sealed.toChannel(row));
        } catch (IllegalStateException e) {
            LOG.warnf("channel %s (%s): %s", row.name, row.id, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A channel whose URL or secrets do not open (the key changed) cannot be sent to: its cards are parked
     * at once with the reason, rather than claimed again and again.
     */
    private void park(String instanceId, Delivery delivery, Instant now) {
        delivery.record(DeliveryOutcome.failedForGood("the channel's URL or secrets do not open (the cards secret "
                + "key changed?): set the channel up again"), now, RetryPolicy.DEFAULT, Math::random);
        record(instanceId, delivery);
    }

    @Override
    public boolean record(String instanceId, Delivery delivery) {
        Delivery.State s = delivery.state();
        int updated = POSTGRES.await(() -> Panache.withTransaction(() -> DeliveryRow.update(RECORD, Parameters
                .with("status", s.status().name())
                .and("attempts", s.attempts())
                .and("nextAttemptAt", s.nextAttemptAt())
                .and("lastResponse", s.lastResponse())
                .and("deliveredAt", s.deliveredAt())
                .and("id", s.id())
                .and("instance", instanceId))));
        return updated == 1;
    }

    @Override
    public int release(String instanceId, Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return 0;
        }
        return POSTGRES.await(() -> Panache.withTransaction(() -> DeliveryRow.update(RELEASE, Parameters
                .with("ids", List.copyOf(deliveryIds))
                .and("instance", instanceId))));
    }

    @Override
    public int postpone(String instanceId, Map<UUID, Instant> dueAt) {
        if (dueAt.isEmpty()) {
            return 0;
        }
        // one statement after the other: a reactive session runs one at a time; a batch is at most a claim's size
        return POSTGRES.await(() -> Panache.withTransaction(() -> {
            Uni<Integer> done = Uni.createFrom().item(0);
            for (Map.Entry<UUID, Instant> entry : dueAt.entrySet()) {
                done = done.chain(sum -> DeliveryRow.update(POSTPONE, Parameters
                        .with("due", entry.getValue())
                        .and("id", entry.getKey())
                        .and("instance", instanceId)).map(updated -> sum + updated));
            }
            return done;
        }));
    }

    @Override
    public Optional<Delivery> retryNow(UUID deliveryId, Instant now) {
        return Optional.ofNullable(POSTGRES.await(() -> Panache.withTransaction(() -> DeliveryRow
                .<DeliveryRow>findById(deliveryId, LockModeType.PESSIMISTIC_WRITE)
                .map(row -> {
                    if (row == null) {
                        return null;
                    }
                    Delivery delivery = row.toDelivery();
                    if (delivery.status() != DeliveryStatus.PARKED) {
                        throw new DeliveryNotParkedException(delivery.status());
                    }
                    delivery.retryNow(now);
                    row.copyFrom(delivery);
                    row.leasedBy = null;
                    row.leasedUntil = null;
                    return delivery;
                }))));
    }

    @Override
    public LogPage log(LogQuery query) {
        // Only the filters given: a null parameter leaves PostgreSQL guessing its type.
        String hql = LOG_PAGE + query.status().map(s -> " and d.status = :status").orElse("")
                + query.channelId().map(c -> " and d.channelId = :channel").orElse("") + NEWEST_FIRST;
        List<Object[]> rows = POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession().chain(session -> {
            var select = session.createSelectionQuery(hql, Object[].class);
            query.status().ifPresent(status -> select.setParameter("status", status.name()));
            query.channelId().ifPresent(channel -> select.setParameter("channel", channel));
            return select.setFirstResult(query.page() * query.size()).setMaxResults(query.size() + 1).getResultList();
        })));
        List<LogEntry> entries = rows.stream().limit(query.size()).map(PostgresOutbox::entry).toList();
        return new LogPage(entries, rows.size() > query.size());
    }

    private static LogEntry entry(Object[] row) {
        DeliveryRow d = (DeliveryRow) row[0];
        return new LogEntry(d.toDelivery().state(), EventKind.valueOf(d.event), d.channelId, (String) row[1],
                ChannelKind.valueOf((String) row[2]), d.alertId, (String) row[3], (String) row[4]);
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, r -> r));
    }
}
