package io.voc.experiment.application;

import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.experiment.model.Assignment;
import io.voc.experiment.model.UserAttributes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Use case: the variant an app's user gets. The experiment decides (running, targeted, in its layer slot,
 * then the user's bucket); empty means "show the default": not in the experiment, not counted.
 */
@ApplicationScoped
public class AssignVariant {
    private final ManageExperiments experiments;

    AssignVariant(ManageExperiments experiments) {
        this.experiments = experiments;
    }

    public Optional<Assignment> assign(Caller caller, String key, UserAttributes user) {
        if (!caller.may(Scope.READ)) {
            throw new NotAllowedException("asking for assignments needs the read scope");
        }
        // the same lookup as reading it: an experiment about a product the caller does not see is not there
        return experiments.visible(caller, key).experiment().assign(user);
    }
}
