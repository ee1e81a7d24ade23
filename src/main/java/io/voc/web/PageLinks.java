package io.voc.web;

import io.voc.search.model.Narrowing;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Links to other pages of a result: they keep the filters and leave out the ones not set. */
public record PageLinks(String q, String product, String from, String to, Narrowing narrowing) {

    public PageLinks {
        narrowing = narrowing == null ? Narrowing.NONE : narrowing;
    }

    /** A value the result is narrowed by: its request parameter, for the form's hidden fields and the notice. */
    public record Narrowed(String parameter, String value) {
    }

    public String page(int page) {
        Map<String, String> params = words();
        params.putAll(narrowing.parameters());
        params.put("page", String.valueOf(page));
        return link(params);
    }

    /** The same search without any narrowing. */
    public String withoutNarrowing() {
        return link(words());
    }

    public List<Narrowed> narrowedBy() {
        return narrowing.parameters().entrySet().stream().map(e -> new Narrowed(e.getKey(), e.getValue())).toList();
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
        StringJoiner query = new StringJoiner("&", "/?", "");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        });
        return query.toString();
    }
}
