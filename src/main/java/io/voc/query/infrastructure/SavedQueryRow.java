package io.voc.query.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.query.model.SavedQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code query_saved} (db/migration V8): a saved query as it is now. */
@Entity
@Table(name = "query_saved")
public class SavedQueryRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(nullable = false)
    public String definition;
    @Column(nullable = false)
    public String owner;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_roles", nullable = false)
    public String[] sharedRoles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_users", nullable = false)
    public String[] sharedUsers;
    @Column(nullable = false)
    public int version;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    static SavedQueryRow of(SavedQuery query) {
        SavedQueryRow row = new SavedQueryRow();
        row.copyFrom(query);
        return row;
    }

    /** Puts the query's state into this row (a managed row is then saved with its transaction). */
    void copyFrom(SavedQuery query) {
        SavedQuery.State s = query.state();
        id = s.id();
        name = s.name();
        description = s.description();
        definition = s.definition();
        owner = s.owner();
        sharedRoles = SharingColumns.roles(s.visibility());
        sharedUsers = SharingColumns.users(s.visibility());
        version = s.version();
        createdAt = s.createdAt();
        createdBy = s.createdBy();
        updatedAt = s.updatedAt();
        updatedBy = s.updatedBy();
    }

    SavedQuery toQuery() {
        return SavedQuery.restore(new SavedQuery.State(id, name, description, definition, owner,
                SharingColumns.visibility(sharedRoles, sharedUsers), version, createdAt, createdBy, updatedAt,
                updatedBy));
    }
}
