package io.voc.web;

import io.voc.query.application.ChangedMeanwhileException;
import io.voc.query.application.QueryCancelledException;
import io.voc.query.application.QueryTimedOutException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The saved queries' own failures in the API's error shape. */
class SavedQueryErrors {

    /** An edit of a version that is no longer the current one: reload, then edit again. */
    @ServerExceptionMapper
    Response changedMeanwhile(ChangedMeanwhileException e) {
        return ApiErrorMappers.error(Response.Status.CONFLICT, "changed_meanwhile", e.getMessage(), null);
    }

    /** A HiveQL run stopped on request: whoever cancelled it knows; others learn it was not the warehouse's fault. */
    @ServerExceptionMapper
    Response cancelled(QueryCancelledException e) {
        return ApiErrorMappers.error(Response.Status.CONFLICT, "query_cancelled", e.getMessage(), null);
    }

    /** A HiveQL run stopped at its timeout. */
    @ServerExceptionMapper
    Response timedOut(QueryTimedOutException e) {
        return ApiErrorMappers.error(Response.Status.GATEWAY_TIMEOUT, "query_timed_out", e.getMessage(),
                "timeoutSeconds");
    }
}
