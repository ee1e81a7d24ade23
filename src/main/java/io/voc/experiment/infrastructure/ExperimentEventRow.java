package io.voc.experiment.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code experiment_event} (db/migration V13): one event of an experiment's life. */
@Entity
@Table(name = "experiment_event")
@IdClass(ExperimentEventRow.Key.class)
public class ExperimentEventRow extends PanacheEntityBase {
    @Id
    @Column(name = "experiment_id")
    public UUID experimentId;
    @Id
    public int seq;
    @Column(nullable = false)
    public String kind;
    @Column(name = "by_user", nullable = false)
    public String byUser;
    @Column(nullable = false)
    public Instant at;
    public String detail;

    /** The primary key: (experiment_id, seq). */
    public static class Key implements Serializable {
        public UUID experimentId;
        public int seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.experimentId, experimentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(experimentId, seq);
        }
    }
}
