package io.voc.warehouse.infrastructure;

import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.Aspect;
import io.voc.nlp.model.SentimentLabel;
import io.voc.search.model.FoundFeedback;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the warehouse's feedback table, in order, each with how a feedback fills it. The table's DDL and
 * every row written come from this one list, so they cannot drift apart. docs/warehouse.md documents them for
 * analysts: change both together.
 */
final class WarehouseColumns {
    record Column(String name, String type, String comment, Function<FoundFeedback, String> literal) {
    }

    static final List<Column> ALL = List.of(
            column("id", "STRING", "VOC's feedback id, stable across re-imports", f -> HiveLiterals.string(f.feedback().id().value())),
            column("product", "STRING", "product key", f -> HiveLiterals.string(f.feedback().product().value())),
            column("channel", "STRING", "app_store, play_store, in_app, support, ...", f -> HiveLiterals.string(f.feedback().channel().wireName())),
            column("source_id", "STRING", "the id in the source system", f -> HiveLiterals.string(f.feedback().sourceId())),
            column("created_at", "TIMESTAMP", "when the user wrote it (UTC)", f -> HiveLiterals.timestamp(f.feedback().createdAt())),
            column("received_at", "TIMESTAMP", "when VOC received it (UTC)", f -> HiveLiterals.timestamp(f.feedback().receivedAt())),
            column("rating", "INT", "star rating 1-5, null without one", f -> HiveLiterals.integer(
                    f.feedback().rating() == null ? null : f.feedback().rating().value())),
            column("locale", "STRING", "BCP 47 tag, e.g. en-US", f -> HiveLiterals.string(f.feedback().locale())),
            column("region", "STRING", "region the feedback came from", f -> HiveLiterals.string(f.feedback().region())),
            column("platform", "STRING", "ios, android, web, ...", f -> HiveLiterals.string(f.feedback().platform())),
            column("app_version", "STRING", "", f -> HiveLiterals.string(f.feedback().appVersion())),
            column("user_id", "STRING", "the author's id in the product, when known", f -> HiveLiterals.string(f.feedback().userId())),
            column("text", "STRING", "what the user wrote", f -> HiveLiterals.string(f.feedback().text().value())),
            column("attributes", "MAP<STRING,STRING>", "free attributes sent with the feedback",
                    f -> HiveLiterals.map(f.feedback().attributes().values())),
            column("language", "STRING", "detected language (ISO 639-1)", f -> HiveLiterals.string(nlp(f, Analysis::language))),
            column("sentiment", "STRING", "negative, neutral or positive; null when not measured",
                    f -> HiveLiterals.string(nlp(f, a -> a.sentiment() == null ? null : a.sentiment().label().wireName()))),
            column("sentiment_score", "DOUBLE", "-1 (negative) to 1 (positive)",
                    f -> HiveLiterals.decimal(nlp(f, a -> a.sentiment() == null ? null : a.sentiment().score()))),
            column("intent", "STRING", "complaint, question, request, praise, ...",
                    f -> HiveLiterals.string(nlp(f, a -> a.intent() == null ? null : a.intent().wireName()))),
            column("topics", "ARRAY<STRING>", "", f -> HiveLiterals.strings(nlpList(f, Analysis::topics))),
            column("aspects", "ARRAY<STRING>", "things users talk about (login, battery)",
                    f -> HiveLiterals.strings(aspects(f, null))),
            column("negative_aspects", "ARRAY<STRING>", "aspects spoken of negatively",
                    f -> HiveLiterals.strings(aspects(f, SentimentLabel.NEGATIVE))),
            column("positive_aspects", "ARRAY<STRING>", "aspects spoken of positively",
                    f -> HiveLiterals.strings(aspects(f, SentimentLabel.POSITIVE))),
            column("keyphrases", "ARRAY<STRING>", "", f -> HiveLiterals.strings(nlpList(f, Analysis::keyphrases))),
            column("nlp_version", "STRING", "the NLP model version of the analysis; null before enrichment",
                    f -> HiveLiterals.string(nlp(f, Analysis::nlpVersion))));

    private WarehouseColumns() {
    }

    /** The column definitions of a CREATE TABLE. */
    static String definitions() {
        return ALL.stream().map(c -> c.name() + " " + c.type()
                + (c.comment().isEmpty() ? "" : " COMMENT " + HiveLiterals.string(c.comment())))
                .collect(Collectors.joining(",\n  ", "(\n  ", "\n)"));
    }

    static String names() {
        return ALL.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** One row of VALUES. */
    static String row(FoundFeedback feedback) {
        return ALL.stream().map(c -> c.literal().apply(feedback)).collect(Collectors.joining(", ", "(", ")"));
    }

    private static Column column(String name, String type, String comment, Function<FoundFeedback, String> literal) {
        return new Column(name, type, comment, literal);
    }

    private static <T> T nlp(FoundFeedback f, Function<Analysis, T> value) {
        return f.analysis() == null ? null : value.apply(f.analysis());
    }

    private static List<String> nlpList(FoundFeedback f, Function<Analysis, List<String>> value) {
        return f.analysis() == null ? List.of() : value.apply(f.analysis());
    }

    private static List<String> aspects(FoundFeedback f, SentimentLabel label) {
        if (f.analysis() == null) {
            return List.of();
        }
        return f.analysis().aspects().stream()
                .filter(a -> label == null || (a.sentiment() != null && a.sentiment().label() == label))
                .map(Aspect::term).distinct().toList();
    }
}
