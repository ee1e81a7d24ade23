package io.voc.query.model;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A HiveQL query ready to run: its parameters all given, and the products of the one who runs it ({@code products}
 * null: every product). What the warehouse executor gets; it only writes the statement out
 * ({@link #statement}), it fills and scopes nothing on its own.
 */
public record WarehouseQuery(HiveQl hiveql, Map<String, String> values, Set<String> products) {

    public WarehouseQuery {
        if (hiveql == null || values == null) {
            throw new IllegalArgumentException("a warehouse query needs its HiveQL and its parameter values");
        }
        values = Map.copyOf(values);
        products = products == null ? null : Set.copyOf(products);
        // a missing parameter is the caller's mistake, said now rather than by the warehouse
        hiveql.text().fill(values);
    }

    static WarehouseQuery of(HiveQl hiveql, Map<String, String> values, ProductScope scope) {
        Set<String> products = scope.isAll() ? null
                : scope.products().stream().map(ProductKey::value).collect(Collectors.toCollection(TreeSet::new));
        return new WarehouseQuery(hiveql, values, products);
    }

    /** The statement for warehouse {@code database}, values written as {@code literal} writes a string. */
    public String statement(String database, UnaryOperator<String> literal) {
        return hiveql.scopedTo(database, products, values, literal);
    }
}
