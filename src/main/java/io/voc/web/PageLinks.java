package io.voc.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Links to other pages of a result: they keep the filters and leave out the ones not set. */
public record PageLinks(String q, String product, String from, String to) {

    public String page(int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("product", product);
        params.put("from", from);
        params.put("to", to);
        StringJoiner query = new StringJoiner("&", "/?", "");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        query.add("page=" + page);
        return query.toString();
    }
}
