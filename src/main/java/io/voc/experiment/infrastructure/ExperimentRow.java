package io.voc.experiment.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code experiment} (db/migration V13). */
@Entity
@Table(name = "experiment")
public class ExperimentRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String key;
    @Column(nullable = false)
    public String product;
    @Column(nullable = false)
    public String owner;
    @Column(nullable = false)
    public String status;
    @Column(nullable = false)
    public String design;
    @Column(nullable = false)
    public String phases;
    public String conclusion;
    @Column(name = "layer_name", nullable = false)
    public String layerName;
    @Column(name = "layer_from", nullable = false)
    public int layerFrom;
    @Column(name = "layer_to", nullable = false)
    public int layerTo;
    @Column(nullable = false)
    public int version;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static ExperimentRow of(Experiment experiment) {
        ExperimentRow row = new ExperimentRow();
        row.copyFrom(experiment);
        row.version = 1;
        return row;
    }

    /** Puts the experiment's state into this row (a managed row is saved with its transaction). */
    void copyFrom(Experiment experiment) {
        Experiment.State s = experiment.state();
        id = s.id();
        key = s.design().key().value();
        product = s.design().product().value();
        owner = s.owner();
        status = s.status().name();
        design = ExperimentDocuments.design(s.design());
        phases = ExperimentDocuments.phases(s.phases());
        conclusion = ExperimentDocuments.conclusion(s.conclusion());
        layerName = s.design().layer().layer();
        layerFrom = s.design().layer().from();
        layerTo = s.design().layer().to();
        createdAt = s.createdAt();
        updatedAt = s.updatedAt();
    }

    Experiment toExperiment() {
        return Experiment.restore(new Experiment.State(id, ExperimentDocuments.design(design), owner,
                ExperimentStatus.valueOf(status), ExperimentDocuments.phases(phases),
                ExperimentDocuments.conclusion(conclusion), createdAt, updatedAt));
    }
}
