package io.voc.web;

import io.voc.web.security.Access;
import jakarta.annotation.security.RolesAllowed;
import io.voc.nlp.application.AnalysisJson;
import io.voc.nlp.application.AnalyzeTexts;
import io.voc.platform.model.InvalidInputException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** VOC's NLP model on demand: the same analysis every feedback gets in the pipeline. */
@RolesAllowed(Access.READ)
@Path("/api/v1/nlp")
@Produces(MediaType.APPLICATION_JSON)
public class NlpApi {
    private final AnalyzeTexts analyzeTexts;

    NlpApi(AnalyzeTexts analyzeTexts) {
        this.analyzeTexts = analyzeTexts;
    }

    /** {@code product} (optional) adds that product's own topics to the default taxonomy. */
    public record AnalyzeRequest(List<String> texts, String product) {
    }

    public record AnalyzeResponse(List<AnalysisJson> results) {
    }

    @POST
    @Path("/analyze")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse up to 1,000 texts",
            description = "Language, sentiment (label, score in [-1, 1], CoreNLP's five class probabilities where "
                    + "it read the text), sentences, aspects with their sentiment, topics, intent and keyphrases, "
                    + "in the order of the texts. Nothing is stored.")
    public AnalyzeResponse analyze(AnalyzeRequest body) {
        if (body == null) {
            throw new InvalidInputException("texts", "a JSON object {\"texts\": [\"...\"]} is required");
        }
        return new AnalyzeResponse(analyzeTexts.analyze(body.texts(), body.product()).stream()
                .map(AnalysisJson::of).toList());
    }
}
