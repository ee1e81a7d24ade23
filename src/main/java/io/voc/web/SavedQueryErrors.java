package io.voc.web;

import io.voc.query.application.ChangedMeanwhileException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The saved queries' own failures in the API's error shape. */
class SavedQueryErrors {

    /** An edit of a version that is no longer the current one: reload, then edit again. */
    @ServerExceptionMapper
    Response changedMeanwhile(ChangedMeanwhileException e) {
        return ApiErrorMappers.error(Response.Status.CONFLICT, "changed_meanwhile", e.getMessage(), null);
    }
}
