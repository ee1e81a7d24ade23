package io.voc.web;

import io.voc.search.model.Facet;
import io.voc.search.model.Narrowing;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Links from one Explorer view to another: every filter lives in the URL, so a view can be shared and the
 * back button returns to the one before. Links keep the filters and leave out the ones not set; a changed
 * filter starts again at page 1.
 */
public record ExplorerLinks(String q, String product, String from, String to, String sort, Narrowing narrowing) {

    public ExplorerLinks {
        narrowing = narrowing == null ? Narrowing.NONE : narrowing;
    }

    /** A value the result is narrowed by: its request parameter, for the form's hidden fields and the notice. */
    public record Narrowed(String parameter, String value) {
    }

    public String page(int page) {
        Map<String, String> params = current();
        params.put("page", String.valueOf(page));
        return link(params);
    }

    /** The view narrowed to a facet's value, or no longer narrowed by it when it is the selected one. */
    public String toggle(Facet facet, String value) {
        Map<String, String> params = current();
        boolean selected = value.equals(params.get(facet.parameter()));
        params.put(facet.parameter(), selected ? null : value);
        return link(params);
    }

    /** The same words and period without any narrowing. */
    public String withoutNarrowing() {
        Map<String, String> params = words();
        params.put("sort", sort);
        return link(params);
    }

    /** The export of every feedback of this view. */
    public String export(String format) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("format", format);
        params.putAll(current());
        params.remove("sort"); // an export is newest first
        return "/api/v1/feedback/export" + link(params).substring(1);
    }

    public List<Narrowed> narrowedBy() {
        return narrowing.parameters().entrySet().stream().map(e -> new Narrowed(e.getKey(), e.getValue())).toList();
    }

    private Map<String, String> current() {
        Map<String, String> params = words();
        params.putAll(narrowing.parameters());
        params.put("sort", sort);
        return params;
    }

    private Map<String, String> words() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("product", product);
        params.put("from", from);
        params.put("to", to);
        return params;
    }

    /** {@code /?name=value&...} with the parameters that are set, URL-encoded (a space as %20). */
    static String link(Map<String, String> params) {
        return link("/", params);
    }

    /** {@code path?name=value&...} with the parameters that are set, URL-encoded (a space as %20). */
    static String link(String path, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", path + "?", "");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        });
        return query.toString();
    }
}
