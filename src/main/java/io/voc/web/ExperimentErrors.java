package io.voc.web;

import io.voc.experiment.application.ExperimentRefusedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The experiments' own failures in the API's error shape. */
class ExperimentErrors {

    /** A command the experiment refused now ("only a draft can be started; this one is running"). */
    @ServerExceptionMapper
    Response refused(ExperimentRefusedException e) {
        return ApiErrorMappers.error(Response.Status.CONFLICT, "refused", e.getMessage(), null);
    }
}
