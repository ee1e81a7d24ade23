package io.voc.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.voc.feedback.model.ProductKey;
import io.voc.search.model.Narrowing;
import jakarta.ws.rs.FormParam;
import java.util.HashMap;
import java.util.Map;

/**
 * The Explorer's "Save this view" form: a name, a description and the view's filters as the page's URL
 * has them. {@link #definition} turns the filters into a query definition, in the shape of the query API
 * ({@code filters}, {@code period}, {@code text}).
 */
public class ExplorerViewForm {
    @FormParam("name")
    public String name;
    @FormParam("description")
    public String description;
    @FormParam("q")
    public String q;
    @FormParam("product")
    public String product;
    @FormParam("from")
    public String from;
    @FormParam("to")
    public String to;
    @FormParam("channel")
    public String channel;
    @FormParam("region")
    public String region;
    @FormParam("locale")
    public String locale;
    @FormParam("platform")
    public String platform;
    @FormParam("appVersion")
    public String appVersion;
    @FormParam("sentiment")
    public String sentiment;
    @FormParam("topic")
    public String topic;
    @FormParam("aspect")
    public String aspect;
    @FormParam("keyphrase")
    public String keyphrase;

    /**
     * The view as a definition. The narrowing values are checked and normalised as the Explorer checks them
     * (a typo is a 400, not a query that finds nothing); the period keeps what was written (a day stays a day).
     */
    ObjectNode definition() {
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        ObjectNode filters = definition.putObject("filters");
        if (isSet(product)) {
            filters.put("product", new ProductKey(product).value());
        }
        narrowing().parameters().forEach(filters::put);
        if (filters.isEmpty()) {
            definition.remove("filters");
        }
        if (isSet(from) || isSet(to)) {
            ObjectNode period = definition.putObject("period");
            if (isSet(from)) {
                period.put("from", from.strip());
            }
            if (isSet(to)) {
                period.put("to", to.strip());
            }
        }
        if (isSet(q)) {
            definition.put("text", q.strip());
        }
        return definition;
    }

    private Narrowing narrowing() {
        Map<String, String> values = new HashMap<>();
        values.put("channel", channel);
        values.put("region", region);
        values.put("locale", locale);
        values.put("platform", platform);
        values.put("appVersion", appVersion);
        values.put("sentiment", sentiment);
        values.put("topic", topic);
        values.put("aspect", aspect);
        values.put("keyphrase", keyphrase);
        return Narrowing.fromParameters(values::get);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
