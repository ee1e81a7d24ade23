package io.voc.region.application;

import io.voc.ingest.application.FeedbackSubmission;
import java.util.List;

/** Port: the source regions' raw topics, written to directly - what a region's apps do (the demo plays them). */
public interface RegionFeedbackSources {

    /** The configured regions, by name. */
    List<String> regions();

    /** Writes the feedback to the region's raw topic (creating it if missing); returns once acknowledged. */
    int publish(String region, List<FeedbackSubmission> feedback);
}
