package io.voc.card.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.card.application.AlertCard;
import io.voc.card.model.Alert;
import io.voc.card.model.AlertStatus;
import io.voc.card.model.Card;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code card_alert} (db/migration V6): an alert's state, its event and its facts. */
@Entity
@Table(name = "card_alert")
public class AlertRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String product;
    @Column(nullable = false)
    public String event;
    @Column(nullable = false)
    public String title;
    public String detail;
    public String link;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fact_labels", nullable = false)
    public String[] factLabels;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fact_values", nullable = false)
    public String[] factValues;
    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;
    @Column(nullable = false)
    public String status;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    public String assignee;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "muted_until")
    public Instant mutedUntil;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static AlertRow of(AlertCard card) {
        AlertRow row = new AlertRow();
        row.event = card.event().name();
        row.factLabels = card.facts().stream().map(Card.Fact::label).toArray(String[]::new);
        row.factValues = card.facts().stream().map(Card.Fact::value).toArray(String[]::new);
        row.copyFrom(card.alert());
        return row;
    }

    /** Puts the alert's state into this row (a managed row is then saved with its transaction). */
    void copyFrom(Alert alert) {
        Alert.State s = alert.state();
        id = s.id();
        product = s.product().value();
        title = s.title();
        detail = s.detail();
        link = s.link();
        raisedAt = s.raisedAt();
        status = s.status().name();
        acknowledgedBy = s.acknowledgedBy();
        assignee = s.assignee();
        resolvedBy = s.resolvedBy();
        mutedUntil = s.mutedUntil();
        updatedAt = s.updatedAt();
    }

    Alert toAlert() {
        return Alert.restore(new Alert.State(id, new ProductKey(product), title, detail, link, raisedAt,
                AlertStatus.valueOf(status), acknowledgedBy, assignee, resolvedBy, mutedUntil, updatedAt));
    }

    AlertCard toAlertCard() {
        List<Card.Fact> facts = new ArrayList<>();
        for (int i = 0; i < factLabels.length; i++) {
            facts.add(new Card.Fact(factLabels[i], factValues[i]));
        }
        return new AlertCard(toAlert(), EventKind.valueOf(event), facts);
    }
}
