package io.voc.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.voc.account.application.TokenNotFoundException;
import io.voc.account.application.UserNotFoundException;
import io.voc.account.model.LastAdminException;
import io.voc.platform.JsonProblems;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.platform.model.InvalidInputException;
import io.voc.platform.model.ResourceNotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns failures into the API's error shape: 4xx for the caller's mistakes, 503 for a dependency that is away. */
class ApiErrorMappers {
    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);

    @ServerExceptionMapper
    Response invalidInput(InvalidInputException e) {
        return error(Response.Status.BAD_REQUEST, "invalid_field", e.getMessage(), e.field());
    }

    /** An unknown field or a value of the wrong type ("rating": "five"): Jackson knows the field's path. */
    @ServerExceptionMapper
    Response wrongType(MismatchedInputException e) {
        return malformedJson(e);
    }

    /** Quarkus wraps JSON syntax errors in a 400; give it our shape and say what is wrong. */
    @ServerExceptionMapper
    Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        if (e.getResponse().hasEntity()) {
            return e.getResponse(); // already in our shape
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return error(status, status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_'), e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e) {
        JsonProblems.Problem problem = JsonProblems.describe(e);
        return error(Response.Status.BAD_REQUEST, problem.code(), problem.message(), problem.field());
    }

    @ServerExceptionMapper
    Response userNotFound(UserNotFoundException e) {
        return error(Response.Status.NOT_FOUND, "not_found", e.getMessage(), null);
    }

    /** The change would leave nobody to administer VOC. */
    @ServerExceptionMapper
    Response lastAdmin(LastAdminException e) {
        return error(Response.Status.CONFLICT, "last_admin", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response tokenNotFound(TokenNotFoundException e) {
        return error(Response.Status.NOT_FOUND, "not_found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response notFound(ResourceNotFoundException e) {
        return error(Response.Status.NOT_FOUND, "not_found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response unavailable(DependencyUnavailableException e) {
        LOG.warn(e.getMessage());
        return error(Response.Status.SERVICE_UNAVAILABLE, e.code(), e.userMessage(), null);
    }

    static Response error(Response.StatusType status, String code, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(code, message, field)).build();
    }
}
