package io.voc.query.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.query.model.SavedQueryChanged;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code query_version} (db/migration V8): one version of a saved query. Never changed once written. */
@Entity
@Table(name = "query_version")
@IdClass(QueryVersionRow.Key.class)
public class QueryVersionRow extends PanacheEntityBase {
    @Id
    @Column(name = "query_id")
    public UUID queryId;
    @Id
    public int version;
    @Column(name = "changed_by", nullable = false)
    public String changedBy;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] changed;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(nullable = false)
    public String definition;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_roles", nullable = false)
    public String[] sharedRoles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_users", nullable = false)
    public String[] sharedUsers;

    /** The primary key: (query_id, version). */
    public static class Key implements Serializable {
        public UUID queryId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.queryId, queryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(queryId, version);
        }
    }

    static QueryVersionRow of(SavedQueryChanged v) {
        QueryVersionRow row = new QueryVersionRow();
        row.queryId = v.queryId();
        row.version = v.version();
        row.changedBy = v.by();
        row.changedAt = v.at();
        row.changed = v.what().stream().sorted().map(SavedQueryChanged.What::name).toArray(String[]::new);
        row.name = v.name();
        row.description = v.description();
        row.definition = v.definition();
        row.sharedRoles = SharingColumns.roles(v.visibility());
        row.sharedUsers = SharingColumns.users(v.visibility());
        return row;
    }

    SavedQueryChanged toVersion() {
        return new SavedQueryChanged(queryId, version, changedBy, changedAt,
                Set.copyOf(Arrays.stream(changed).map(SavedQueryChanged.What::valueOf).toList()), name,
                description, definition, SharingColumns.visibility(sharedRoles, sharedUsers));
    }
}
