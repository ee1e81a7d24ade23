package io.voc.warehouse.infrastructure;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voc.warehouse.application.UserProfiles;
import io.voc.warehouse.application.WarehouseUnavailableException;
import io.voc.warehouse.model.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Profiles in PostgreSQL's {@code user_profile} (db/migration V17), written a batch per round trip. */
@ApplicationScoped
class PostgresUserProfiles implements UserProfiles {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String UPSERT = """
            insert into user_profile (user_id, country, age_band, device_tier, tenure_days, membership,
                activity_level, import_id, imported_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            on conflict (user_id) do update set country = excluded.country, age_band = excluded.age_band,
                device_tier = excluded.device_tier, tenure_days = excluded.tenure_days,
                membership = excluded.membership, activity_level = excluded.activity_level,
                import_id = excluded.import_id, imported_at = excluded.imported_at
            """;

    private final Pool pool;

    PostgresUserProfiles(Pool pool) {
        this.pool = pool;
    }

    @Override
    public void store(Collection<UserProfile> profiles, UUID importId, Instant at) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        List<Tuple> rows = profiles.stream().map(p -> Tuple.tuple().addString(p.userId()).addString(p.country())
                .addString(p.ageBand()).addString(p.deviceTier()).addInteger(p.tenureDays())
                .addString(p.membership()).addString(p.activityLevel()).addUUID(importId).addOffsetDateTime(when))
                .toList();
        await(() -> pool.preparedQuery(UPSERT).executeBatch(rows).replaceWithVoid().map(v -> 0));
    }

    @Override
    public long removeAllBut(UUID importId) {
        return await(() -> pool.preparedQuery("delete from user_profile where import_id <> $1")
                .execute(Tuple.of(importId)).map(rows -> (long) rows.rowCount()));
    }

    @Override
    public Map<String, UserProfile> of(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return await(() -> pool.preparedQuery("""
                select user_id, country, age_band, device_tier, tenure_days, membership, activity_level
                from user_profile where user_id = any($1)""")
                .execute(Tuple.of(userIds.toArray(String[]::new))).map(rows -> {
                    Map<String, UserProfile> found = new HashMap<>();
                    for (Row row : rows) {
                        UserProfile p = profile(row);
                        found.put(p.userId(), p);
                    }
                    return found;
                }));
    }

    @Override
    public long count() {
        return await(() -> pool.query("select count(*) from user_profile").execute()
                .map(rows -> rows.iterator().next().getLong(0)));
    }

    static UserProfile profile(Row row) {
        return new UserProfile(row.getString("user_id"), row.getString("country"), row.getString("age_band"),
                row.getString("device_tier"), row.getInteger("tenure_days"), row.getString("membership"),
                row.getString("activity_level"));
    }

    private static <T> T await(Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return work.get().await().atMost(TIMEOUT);
        } catch (RuntimeException e) {
            throw new WarehouseUnavailableException("PostgreSQL: " + e.getMessage(), e);
        }
    }
}
