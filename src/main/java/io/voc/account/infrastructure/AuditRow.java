package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code voc_audit} table (db/migration V5). */
@Entity
@Table(name = "voc_audit")
public class AuditRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public Instant at;
    @Column(name = "actor_id")
    public UUID actorId;
    public String actor;
    @Column(nullable = false)
    public String action;
    public String target;
    public String detail;
    public String remote;
}
