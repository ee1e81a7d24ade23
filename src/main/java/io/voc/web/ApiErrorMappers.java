package io.voc.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.platform.model.InvalidInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns failures into the API's error shape: 4xx for the caller's mistakes, 503 for a dependency that is away. */
class ApiErrorMappers {
    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);

    @ServerExceptionMapper
    Response invalidInput(InvalidInputException e) {
        return error(Response.Status.BAD_REQUEST, "invalid_field", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    Response unknownField(UnrecognizedPropertyException e) {
        return error(Response.Status.BAD_REQUEST, "unknown_field",
                "unknown field '" + e.getPropertyName() + "'; known fields: " + e.getKnownPropertyIds().stream()
                        .map(Object::toString).sorted().collect(Collectors.joining(", ")),
                e.getPropertyName());
    }

    /** A value of the wrong type ("rating": "five"): Jackson knows the field's path. */
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
        Response.StatusType status = e.getResponse().getStatusInfo();
        return error(status, status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_'), e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : null;
        String message = field == null
                ? "request body is not valid JSON: " + e.getOriginalMessage()
                : "field '" + field + "' has the wrong type: " + e.getOriginalMessage();
        return error(Response.Status.BAD_REQUEST, field == null ? "malformed_json" : "invalid_field", message, field);
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
