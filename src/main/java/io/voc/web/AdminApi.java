package io.voc.web;

import io.voc.platform.VocConfig;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import io.voc.experiment.application.LoadDemoExperiment;
import io.voc.ingest.application.LoadDemoFeedback;
import io.voc.warehouse.application.LoadDemoProfiles;
import io.voc.ingest.application.ManageDeadLetters;
import io.voc.ingest.application.PipelineControl;
import io.voc.nlp.application.EnrichmentControl;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operator actions. */
@RolesAllowed(Access.ADMIN)
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminApi {
    private final LoadDemoFeedback loadDemo;
    private final LoadDemoExperiment loadDemoExperiment;
    private final LoadDemoProfiles loadDemoProfiles;
    private final CurrentCaller caller;
    private final ManageDeadLetters deadLetters;
    private final PipelineControl pipeline;
    private final EnrichmentControl enrichment;
    private final boolean demoEnabled;

    AdminApi(LoadDemoFeedback loadDemo, LoadDemoExperiment loadDemoExperiment, LoadDemoProfiles loadDemoProfiles,
            CurrentCaller caller, ManageDeadLetters deadLetters, PipelineControl pipeline, EnrichmentControl enrichment,
            VocConfig config) {
        this.loadDemo = loadDemo;
        this.loadDemoProfiles = loadDemoProfiles;
        this.loadDemoExperiment = loadDemoExperiment;
        this.caller = caller;
        this.deadLetters = deadLetters;
        this.pipeline = pipeline;
        this.enrichment = enrichment;
        this.demoEnabled = config.demo().enabled();
    }

    public record Replayed(long replayed) {
    }

    public record PipelineState(boolean held) {
    }

    @POST
    @Path("/pipeline/hold")
    @Operation(summary = "Hold indexing on this instance (sources keep writing; nothing is lost)")
    public PipelineState holdPipeline() {
        pipeline.hold();
        return new PipelineState(true);
    }

    @POST
    @Path("/pipeline/release")
    @Operation(summary = "Resume indexing on this instance where it stopped")
    public PipelineState releasePipeline() {
        pipeline.release();
        return new PipelineState(false);
    }

    public record EnrichmentState(boolean held, long lag) {
    }

    @POST
    @Path("/nlp/hold")
    @Operation(summary = "Hold NLP enrichment on this instance (feedback is still indexed, unenriched)")
    public EnrichmentState holdEnrichment() {
        enrichment.hold();
        return new EnrichmentState(true, enrichment.lag());
    }

    @POST
    @Path("/nlp/release")
    @Operation(summary = "Resume NLP enrichment on this instance; what was indexed meanwhile is enriched in place")
    public EnrichmentState releaseEnrichment() {
        enrichment.release();
        return new EnrichmentState(false, enrichment.lag());
    }

    @GET
    @Path("/nlp")
    @Operation(summary = "Whether NLP enrichment is held, and how many records it is behind on this instance")
    public EnrichmentState enrichmentState() {
        return new EnrichmentState(enrichment.isHeld(), enrichment.lag());
    }

    @GET
    @Path("/dead-letters")
    @Operation(summary = "The newest records the pipeline refused, with reason, stage, origin and payload")
    public ManageDeadLetters.Overview deadLetters(@QueryParam("limit") @DefaultValue("50") int limit) {
        return deadLetters.latest(limit);
    }

    @POST
    @Path("/dead-letters/replay")
    @Operation(summary = "Re-feed every dead letter not replayed before into the pipeline (after a fix)",
            description = "Records that are still invalid come back to the dead-letter topic with a fresh reason.")
    public Replayed replayDeadLetters() {
        return new Replayed(deadLetters.replay());
    }

    @POST
    @Path("/demo-data")
    @Operation(summary = "Load the demo feedback (only where voc.demo.enabled=true, as with ./voc up)")
    public LoadDemoFeedback.Loaded loadDemoData() {
        if (!demoEnabled) {
            throw new NotFoundException("demo data is disabled on this installation (voc.demo.enabled=false)");
        }
        return loadDemo.load();
    }

    @POST
    @Path("/demo-profiles")
    @Operation(summary = "Fill the warehouse's profile table with the demo users' profiles and import them "
            + "(only where voc.demo.enabled=true, as with ./voc up)",
            description = "The authors of the demo feedback, with planted groups for the personas job to find "
                    + "(docs/warehouse.md). Loading again replaces the table with the same rows.")
    public LoadDemoProfiles.Loaded loadDemoProfiles() {
        if (!demoEnabled) {
            throw new NotFoundException("demo data is disabled on this installation (voc.demo.enabled=false)");
        }
        return loadDemoProfiles.load(caller.get().username());
    }

    @POST
    @Path("/demo-experiment")
    @Operation(summary = "Load the demo experiment (only where voc.demo.enabled=true, as with ./voc up)",
            description = "aurora-ads-between-songs: designed and started two weeks back, 3,000 simulated "
                    + "listeners' exposures, upgrades and sessions, and their feedback through the pipeline. "
                    + "Loading again stores nothing twice.")
    public LoadDemoExperiment.Loaded loadDemoExperiment() {
        if (!demoEnabled) {
            throw new NotFoundException("demo data is disabled on this installation (voc.demo.enabled=false)");
        }
        return loadDemoExperiment.load(caller.get().username());
    }
}
