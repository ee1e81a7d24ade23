package io.voc.persona.infrastructure;

import static io.voc.persona.infrastructure.PostgresPersonaRuns.at;
import static io.voc.persona.infrastructure.PostgresPersonaRuns.await;
import static io.voc.persona.infrastructure.PostgresPersonaRuns.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voc.persona.application.PersonaVersions;
import io.voc.persona.application.StoredPersonas;
import io.voc.persona.model.Persona;
import io.voc.persona.model.PersonaRun;
import io.voc.persona.model.PersonaSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Persona versions in PostgreSQL (db/migration V18): the version with its personas as JSON, and its members in
 * {@code user_persona}, written in the same transaction in batches, so a version is there whole or not at all.
 */
@ApplicationScoped
class PostgresPersonaVersions implements PersonaVersions {
    private static final int MEMBER_BATCH = 5_000;
    private static final String COLUMNS = "version, run_id, seed, k, silhouette, silhouettes, window_from, window_to,"
            + " built_at, users, personas";
    private static final TypeReference<List<Persona>> PERSONAS = new TypeReference<>() {
    };
    private static final TypeReference<Map<Integer, Double>> SILHOUETTES = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    PostgresPersonaVersions(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    @Override
    public long save(PersonaSet personas, UUID run, PersonaRun.Spec spec) {
        Tuple version = Tuple.tuple().addUUID(run).addLong(personas.seed()).addInteger(personas.k())
                .addDouble(personas.silhouette()).addString(write(personas.silhouetteByK()))
                .addOffsetDateTime(at(spec.from())).addOffsetDateTime(at(spec.to()))
                .addOffsetDateTime(at(personas.builtAt())).addLong((long) personas.personaOfUser().size())
                .addString(write(personas.personas()));
        List<Tuple> members = new ArrayList<>();
        personas.personaOfUser().forEach((user, key) -> members.add(Tuple.of(user, key)));
        return await(() -> pool.withTransaction(connection -> connection.preparedQuery("insert into persona_version"
                + " (run_id, seed, k, silhouette, silhouettes, window_from, window_to, built_at, users, personas)"
                + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning version").execute(version)
                .map(rows -> rows.iterator().next().getLong(0))
                .call(number -> insertMembers(connection, number, members))));
    }

    private static io.smallrye.mutiny.Uni<Void> insertMembers(SqlConnection connection, long version, List<Tuple> members) {
        io.smallrye.mutiny.Uni<Void> chain = io.smallrye.mutiny.Uni.createFrom().voidItem();
        for (int from = 0; from < members.size(); from += MEMBER_BATCH) {
            List<Tuple> batch = members.subList(from, Math.min(members.size(), from + MEMBER_BATCH)).stream()
                    .map(t -> Tuple.of(version, t.getString(0), t.getString(1))).toList();
            chain = chain.chain(() -> connection.preparedQuery(
                    "insert into user_persona (version, user_id, persona_key) values ($1, $2, $3)")
                    .executeBatch(batch).replaceWithVoid());
        }
        return chain;
    }

    @Override
    public Optional<StoredPersonas> latest() {
        return await(() -> pool.query("select " + COLUMNS + " from persona_version order by version desc limit 1")
                .execute().map(this::first));
    }

    @Override
    public Optional<StoredPersonas> find(long version) {
        return await(() -> pool.preparedQuery("select " + COLUMNS + " from persona_version where version = $1")
                .execute(Tuple.of(version)).map(this::first));
    }

    @Override
    public List<Member> members(long version, long offset, int limit) {
        return await(() -> pool.preparedQuery("select user_id, persona_key from user_persona where version = $1"
                + " order by persona_key, user_id offset $2 limit $3").execute(Tuple.of(version, offset, limit))
                .map(rows -> {
                    List<Member> members = new ArrayList<>();
                    rows.forEach(r -> members.add(new Member(r.getString(0), r.getString(1))));
                    return members;
                }));
    }

    private Optional<StoredPersonas> first(RowSet<Row> rows) {
        for (Row r : rows) {
            return Optional.of(new StoredPersonas(r.getLong("version"), r.getUUID("run_id").toString(),
                    r.getLong("seed"), r.getInteger("k"), r.getDouble("silhouette"),
                    read(r.getString("silhouettes"), SILHOUETTES), instant(r, "window_from"), instant(r, "window_to"),
                    instant(r, "built_at"), r.getLong("users"), read(r.getString("personas"), PERSONAS)));
        }
        return Optional.empty();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("persona_version holds JSON VOC did not write: " + e.getMessage(), e);
        }
    }
}
