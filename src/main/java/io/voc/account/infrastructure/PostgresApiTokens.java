package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.voc.account.application.AccountsUnavailableException;
import io.voc.account.application.ApiTokens;
import io.voc.platform.persistence.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** API tokens in PostgreSQL; each read brings the owner along, as the owner limits what a token may do. */
@ApplicationScoped
class PostgresApiTokens implements ApiTokens {
    private static final Blocking POSTGRES = Blocking.failingWith(AccountsUnavailableException::new);


    @Override
    public void add(io.voc.account.model.ApiToken token, String secretHash) {
        POSTGRES.await(() -> Panache.withTransaction(() -> ApiTokenRow.of(token, secretHash).persist().replaceWithVoid()));
    }

    @Override
    public Optional<TokenOfOwner> find(UUID id) {
        return Optional.ofNullable(POSTGRES.await(() -> Panache.withSession(
                () -> ApiTokenRow.<ApiTokenRow>findById(id).chain(PostgresApiTokens::withOwner))));
    }

    @Override
    public Optional<TokenOfOwner> findBySecretHash(String secretHash) {
        return Optional.ofNullable(POSTGRES.await(() -> Panache.withSession(
                () -> ApiTokenRow.<ApiTokenRow>find("secretHash", secretHash).firstResult()
                        .chain(PostgresApiTokens::withOwner))));
    }

    @Override
    public void revoke(UUID id, Instant at) {
        POSTGRES.await(() -> Panache.withTransaction(
                () -> ApiTokenRow.update("revokedAt = ?1 where id = ?2 and revokedAt is null", at, id)));
    }

    @Override
    public boolean markUsed(UUID id, Instant at, Instant previousBefore) {
        int updated = POSTGRES.await(() -> Panache.withTransaction(() -> ApiTokenRow.update(
                "lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", at, id, previousBefore)));
        return updated == 1;
    }

    @Override
    public List<TokenOfOwner> list(UUID ownerId) {
        return POSTGRES.await(() -> Panache.withSession(() -> {
            Uni<List<ApiTokenRow>> rows = ownerId == null ? ApiTokenRow.listAll(Sort.descending("createdAt"))
                    : ApiTokenRow.list("ownerId", Sort.descending("createdAt"), ownerId);
            return rows.chain(tokens -> tokens.isEmpty() ? Uni.createFrom().item(List.<TokenOfOwner>of())
                    : UserRow.<UserRow>list("id in ?1",
                    tokens.stream().map(t -> t.ownerId).distinct().toList())
                    .map(owners -> {
                        Map<UUID, UserRow> byId = owners.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
                        return tokens.stream().map(t -> new TokenOfOwner(t.toToken(), byId.get(t.ownerId).toUser(),
                                t.lastUsedAt)).toList();
                    }));
        }));
    }

    private static Uni<TokenOfOwner> withOwner(ApiTokenRow row) {
        if (row == null) {
            return Uni.createFrom().nullItem();
        }
        return UserRow.<UserRow>findById(row.ownerId)
                .map(owner -> new TokenOfOwner(row.toToken(), owner.toUser(), row.lastUsedAt));
    }
}
