package io.voc.experiment.model;

import java.util.Objects;

/** Who acts on an experiment: its owner and admins may change it; anyone may read it. */
public record ExperimentUser(String username, boolean admin) {
    public ExperimentUser {
        Objects.requireNonNull(username, "username");
    }
}
