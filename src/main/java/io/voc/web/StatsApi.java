package io.voc.web;

import io.voc.experiment.application.CompareSamples;
import io.voc.experiment.model.stats.TestResult;
import io.voc.platform.model.InvalidInputException;
import io.voc.web.security.Access;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The statistics of A/B tests on numbers a caller already summed: nothing is read or stored. */
@Path("/api/v1/stats")
@RolesAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatsApi {
    private final CompareSamples compareSamples;

    StatsApi(CompareSamples compareSamples) {
        this.compareSamples = compareSamples;
    }

    public record ArmJson(Double n, Double sum, Double sumSquares) {
    }

    public record SequentialJson(Double tuning) {
    }

    public record CompareBody(String metric, ArmJson control, ArmJson treatment, String difference, Double alpha,
            String alternative, SequentialJson sequential) {
    }

    /** Every key always present: a null {@code ci} side is unbounded; with {@code error}, every number is null. */
    public record CompareJson(Double estimate, List<Double> ci, Double pValue, Double stdError, String error) {
    }

    @POST
    @Path("/compare")
    @Operation(summary = "Compare an A/B test's treatment with its control",
            description = "Body {metric: mean|proportion, control: {n, sum, sumSquares}, treatment: {...}, "
                    + "difference: relative|absolute (relative), alpha (0.05), alternative: two-sided|greater|less "
                    + "(two-sided), sequential: {tuning (5000)} (absent: a fixed-horizon test)}; sumSquares only for "
                    + "a mean. Welch's t-test, or a confidence sequence when sequential. Answers {estimate, "
                    + "ci: [lower, upper] (null: unbounded), pValue, stdError, error}; error (numbers null) when the "
                    + "test is undefined: zero variance, or a relative difference to a control mean of 0. "
                    + "See docs/experiments.md.")
    public CompareJson compare(CompareBody body) {
        if (body == null) {
            throw new InvalidInputException("metric", "a body is required: {\"metric\", "
                    + "\"control\", \"treatment\", ...}");
        }
        TestResult result = compareSamples.compare(new CompareSamples.Request(body.metric(), arm(body.control()),
                arm(body.treatment()), body.difference(), body.alpha(), body.alternative(), body.sequential() != null,
                body.sequential() == null ? null : body.sequential().tuning()));
        List<Double> ci = result.error() != null ? null : Arrays.asList(result.lower(), result.upper());
        return new CompareJson(result.estimate(), ci, result.pValue(), result.stdError(), result.error());
    }

    private static CompareSamples.Arm arm(ArmJson json) {
        return json == null ? null : new CompareSamples.Arm(json.n(), json.sum(), json.sumSquares());
    }
}
