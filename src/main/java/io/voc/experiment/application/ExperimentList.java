package io.voc.experiment.application;

import java.util.List;

/** One page (from 1) of experiments, most recently changed first; {@code hasMore}: a next page has some. */
public record ExperimentList(List<ExperimentView> items, int page, boolean hasMore) {
}
