package io.voc.experiment.application;

import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.experiment.model.Assignment;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.UserAttributes;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Use case: the variant an app's user gets. The experiment decides (running, targeted, in its layer slot,
 * then the user's bucket); empty means "show the default": not in the experiment, not counted.
 */
@ApplicationScoped
public class AssignVariant {
    private final Experiments experiments;

    AssignVariant(Experiments experiments) {
        this.experiments = experiments;
    }

    public Optional<Assignment> assign(Caller caller, String key, UserAttributes user) {
        if (!caller.may(Scope.READ)) {
            throw new NotAllowedException("asking for assignments needs the read scope");
        }
        ExperimentKey parsed;
        try {
            parsed = new ExperimentKey(key);
        } catch (InvalidInputException e) {
            throw new ExperimentNotFoundException(key);
        }
        Experiments.Stored stored = experiments.find(parsed)
                .filter(s -> caller.products().covers(s.experiment().product()))
                .orElseThrow(() -> new ExperimentNotFoundException(key));
        return stored.experiment().assign(user);
    }
}
